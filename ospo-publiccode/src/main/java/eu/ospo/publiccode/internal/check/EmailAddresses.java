package eu.ospo.publiccode.internal.check;

/** E-mail check: a bare {@code local@domain} address whose domain has at least one dot. */
public final class EmailAddresses {
    private EmailAddresses() {}

    /**
     * Whether the whole value is one bare address (no display name, no angle brackets, no trailing
     * text), as the reference's combination of Go {@code net/mail} and the go-playground e-mail
     * pattern accepts.
     *
     * @param text the value
     * @return true if valid
     */
    public static boolean isValid(String text) {
        throw new UnsupportedOperationException("TODO");
    }
}
