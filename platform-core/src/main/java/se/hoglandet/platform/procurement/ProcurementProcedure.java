package se.hoglandet.platform.procurement;

/** The procedure under the Public Procurement Act (LOU), or a call-off from an existing framework agreement. */
public enum ProcurementProcedure {
    OPEN,
    RESTRICTED,
    NEGOTIATED,
    SIMPLIFIED,
    DIRECT_AWARD,
    CALL_OFF
}
