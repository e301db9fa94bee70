package org.rehabtrack.iati;

import org.rehabtrack.system.Bilingual;

/**
 * An organisation as IATI names it: its identifier (none when it has no registered one), its type
 * (IATI's OrganisationType code: 10 government, 40 multilateral, 70 private sector...) and name.
 */
public record IatiOrganisation(String ref, String type, Bilingual name) {}
