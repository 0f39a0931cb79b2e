package se.hoglandet.platform.procurement;

/** How call-offs are made from a framework agreement. */
public enum FrameworkMethod {
    SINGLE_SUPPLIER,
    RANKED,
    MINI_COMPETITION
}
