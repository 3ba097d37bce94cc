package org.steward.dataset;

/** Where a long task is, for a progress bar; and whether its user asked to stop. */
public interface Progress {

    Progress NONE = new Progress() {
        @Override
        public void step(String message, double fraction) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** Reports what is being done and how far along the whole task is, from 0 to 1. */
    void step(String message, double fraction);

    boolean cancelled();
}
