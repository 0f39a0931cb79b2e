package se.hoglandet.platform.shared;

/**
 * The portal roles. They come from the identity provider at every login (Keycloak realm roles or the local
 * account) and are never edited inside the portal.
 */
public enum Role {
    MEMBER,
    PROJECT_LEAD,
    LAWYER,
    DPO,
    INFOSEC,
    IT_MANAGER,
    PROCUREMENT,
    ACADEMY_ADMIN,
    FEDERATION_STAFF,
    ORG_ADMIN,
    PLATFORM_ADMIN
}
