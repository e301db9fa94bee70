package org.rehabtrack.finding;

/** What a client sends to log a finding; it starts open. */
public class NewFinding extends FindingDetails {}
