package se.samordna.core.centre;

/** PRODUCT.md: a centre is a familjecentral or a familjecentralsliknande verksamhet. */
public enum CentreKind {
    FAMILJECENTRAL,
    FAMILJECENTRALSLIKNANDE
}
