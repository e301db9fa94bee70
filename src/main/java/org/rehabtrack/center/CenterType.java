package org.rehabtrack.center;

/**
 * CAM: center for migrants; CAMR: for returned migrants; CANFM: for children and migrant families.
 */
public enum CenterType {
    CAM,
    CAMR,
    CANFM
}
