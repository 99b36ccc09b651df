package se.samordna.core.security;

/** Lets long work (turning protection on or off) say how far it has come. */
@FunctionalInterface
public interface Progress {
    Progress NONE = (done, total) -> { };

    void update(long done, long total);
}
