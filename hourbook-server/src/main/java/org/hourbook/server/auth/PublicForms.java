package org.hourbook.server.auth;

import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.SameSite;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.hourbook.server.Refusal;

/**
 * The CSRF token of forms that people post before they have a session: sign-in, the setup link,
 * invitations, "forgot password", password and email links. There is no session to hold a
 * synchronizer token yet, so the browser holds one: a random value in the {@code hb_form}
 * cookie (HttpOnly, SameSite=Strict), and the form carries an HMAC of it under the server key.
 * A foreign page can make the browser send the cookie at most, never read it or the form's field,
 * so it cannot forge a matching pair.
 * <pre>
 * // the page's GET handler (anonymous or signed in, either works):
 * model.put("csrf", Auth.formToken(ctx));        // sets hb_form when this browser has none
 * // the template:
 * &lt;input type="hidden" name="_csrf" value="${csrf}"&gt;
 * // the POST: nothing to write. Every Operation.form(...).open() is checked before its handler
 * // (Authenticator#guard): 403 auth.csrf when the field does not match this browser's cookie.
 * </pre>
 * For someone already signed in, {@link Auth#formToken} gives the session's own token instead,
 * which the session check expects; so one template serves both. Cross-site posts are refused even
 * earlier by {@link SameOrigin}.
 */
public final class PublicForms {
    public static final String COOKIE = "hb_form";
    private static final String ISSUED_ATTRIBUTE = "hourbook.formToken";

    private final byte[] key;
    private final boolean secure;
    private final Tokens tokens;

    PublicForms(String serverKey, boolean secure, Tokens tokens) {
        this.key = ("public-form " + serverKey).getBytes(StandardCharsets.UTF_8);
        this.secure = secure;
        this.tokens = tokens;
    }

    /** The {@code _csrf} value for a public form on this page; gives the browser its cookie when it has none. */
    String token(Context ctx) {
        String issued = ctx.attribute(ISSUED_ATTRIBUTE);
        if (issued != null) return issued;
        String nonce = ctx.cookie(COOKIE);
        if (nonce == null || nonce.length() < 32 || nonce.length() > 100) {
            nonce = tokens.newSecret("");
            // A browser-session cookie: a form left open keeps working until the browser closes.
            ctx.cookie(new Cookie(COOKIE, nonce, "/", -1, secure, true, null, SameSite.STRICT));
        }
        String token = sign(nonce);
        ctx.attribute(ISSUED_ATTRIBUTE, token);
        return token;
    }

    /** Refuses the post unless its {@code _csrf} field (or {@code X-CSRF-Token}) matches this browser's cookie. */
    void check(Context ctx) {
        String nonce = ctx.cookie(COOKIE);
        String sent = ctx.header(Auth.CSRF_HEADER);
        if (sent == null) sent = ctx.formParam(Auth.CSRF_FIELD);
        if (nonce == null || nonce.isEmpty() || !Tokens.same(sent, sign(nonce))) {
            throw Refusal.forbidden("auth.csrf", Auth.CSRF_FIELD, "missing or wrong CSRF token; reload the page and try again");
        }
    }

    private String sign(String nonce) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return Base64.getUrlEncoder().withoutPadding().encodeToString(mac.doFinal(nonce.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("every JDK has HmacSHA256", e);
        }
    }
}
