package eu.ospo.model;

/** The kind of legal entity an organisation is ({@code organisations[].type}). */
public enum OrganisationType implements Keyword {
    /** {@code publicAuthority}: a public authority: a municipality, province, ministry or agency. */
    PUBLIC_AUTHORITY("publicAuthority"),
    /** {@code publicEnterprise}: an enterprise owned or controlled by public authorities. */
    PUBLIC_ENTERPRISE("publicEnterprise"),
    /** {@code company}: a private company. */
    COMPANY("company"),
    /** {@code foundation}: a foundation. */
    FOUNDATION("foundation"),
    /** {@code association}: an association or cooperative. */
    ASSOCIATION("association"),
    /** {@code academia}: a university or research institute. */
    ACADEMIA("academia"),
    /** {@code individual}: a natural person taking part in their own name. */
    INDIVIDUAL("individual");

    private final String value;

    OrganisationType(String value) {
        this.value = value;
    }

    @Override
    public String value() {
        return value;
    }
}
