package se.samordna.core.common;

/** Something the user referred to no longer exists (removed in another window, restored away...). */
public final class NotFoundException extends UserFacingException {
    public NotFoundException(String what, long id) {
        super("error.notFound", what, id);
    }
}
