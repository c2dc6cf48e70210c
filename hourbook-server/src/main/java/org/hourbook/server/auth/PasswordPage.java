package org.hourbook.server.auth;

/**
 * The "forgot password" page and the page of a password link ({@code /password/{token}}), which
 * sets a first password (an account the operator created, an invitee) or replaces a forgotten
 * one: its words follow {@code hadPassword}.
 *
 * @param csrf        this browser's form token ({@link Auth#formToken})
 * @param canMail     forgot page: mail is set up (else the page sends people to the operator)
 * @param sent        forgot page: a request was just accepted ("if an account uses it, a link is on its way")
 * @param token       password page: the link's secret, for the form's action
 * @param hadPassword password page: the account has a password now (a reset) or not (a first one)
 */
public record PasswordPage(String csrf, boolean canMail, boolean sent, String email, String name, String token, boolean hadPassword,
                           String error, String errorField) {

    public static PasswordPage forgot(String csrf, boolean canMail, boolean sent, String email, String error) {
        return new PasswordPage(csrf, canMail, sent, email, null, null, false, error, null);
    }

    public static PasswordPage choose(String csrf, PasswordResetService.Opened opened, String token, String error, String errorField) {
        return new PasswordPage(csrf, true, false, opened.user().email(), opened.user().name(), token, opened.hadPassword(), error,
                errorField);
    }

    public String action() {
        return AuthUrls.password(token);
    }

    public String title() {
        return hadPassword ? "Choose a new password" : "Choose your password";
    }

    public int minLength() {
        return PasswordRule.MIN_LENGTH;
    }

    public long validMinutes() {
        return PasswordResetService.VALID.toMinutes();
    }

    public String errorFor(String field) {
        return field.equals(errorField) ? error : null;
    }

    public String generalError() {
        return error != null && !"password".equals(errorField) && !"confirmation".equals(errorField) ? error : null;
    }
}
