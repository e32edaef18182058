package org.assemblyportal.casefile;

/** Where an export job is: waiting, writing, finished with a file, or ended without one. */
public enum ExportState {
    QUEUED, RUNNING, DONE, FAILED, CANCELLED;

    public boolean finished() {
        return this == DONE || this == FAILED || this == CANCELLED;
    }
}
