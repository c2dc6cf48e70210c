package org.hourbook.server.profile;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Map;
import org.hourbook.server.Refusal;
import org.hourbook.server.auth.Auth;
import org.hourbook.server.auth.AuthUrls;
import org.hourbook.server.auth.Viewer;
import org.hourbook.server.http.ErrorMapping;
import org.hourbook.server.openapi.Endpoints;
import org.hourbook.server.openapi.Operation;
import org.hourbook.server.openapi.Operation.Param;
import org.hourbook.server.web.Pages;
import org.hourbook.server.web.WebContext;

/**
 * The profile page (name, time zone, password, email) and the page of an email link. The email
 * link is a public form: whoever holds the mail confirms the address, signed in or not.
 */
public final class ProfilePages implements Endpoints.Feature {
    private static final Map<String, String> NOTICES = Map.of(
            "saved", "Your profile is saved.",
            "password", "Your password is changed. Your other browsers are signed out; API and device tokens keep working.",
            "email", "Your new email address is confirmed.",
            "email-changed", "Your email address is changed. Sign in with the new one from now on.");

    private final ProfileService profiles;
    private final Pages pages;

    public ProfilePages(ProfileService profiles, Pages pages) {
        this.profiles = profiles;
        this.pages = pages;
    }

    @Override
    public void register(Endpoints endpoints) {
        endpoints.add(Operation.page("GET", ProfileUrls.PROFILE, "My profile: name, time zone, password, email")
                .params(Param.query("done", "string", false, "a notice to show: saved, password, email")), this::page);
        endpoints.add(Operation.form("POST", ProfileUrls.PROFILE, "Save my name and time zone", "ProfileForm")
                .description("The time zone is the diary's \"mine\"."), this::save);
        endpoints.add(Operation.form("POST", ProfileUrls.PASSWORD, "Change my password", "PasswordChangeForm")
                .description("Needs the current password (limited like sign-in); ends every other session of mine."), this::password);
        endpoints.add(Operation.form("POST", ProfileUrls.EMAIL, "Change my email address", "EmailChangeForm").status(200).errors(409)
                .description("Needs the current password. With mail configured, a link valid for 24 hours goes to the new address and "
                        + "the address changes when it is opened; without mail it changes at once. Answers the profile page (200)."),
                this::email);
        endpoints.add(Operation.page("GET", ProfileUrls.CONFIRM_EMAIL, "Confirm a new email address").open().params(ProfileUrls.TOKEN)
                .errors(410).description("The link mailed to the new address. 404: no such link; 410: used, replaced or expired."),
                this::confirmPage);
        endpoints.add(Operation.form("POST", ProfileUrls.CONFIRM_EMAIL, "Confirm the new email address", "CsrfForm").open()
                .params(ProfileUrls.TOKEN).errors(409, 410)
                .description("Changes the account's email; redirects to the profile (signed in) or to sign-in."), this::confirm);
    }

    private void page(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        String done = ctx.queryParam("done");
        pages.show(ctx, 200, "profile/profile.jte", ProfilePage.of(v, profiles.confirmsByMail(), done == null ? null : NOTICES.get(done)));
    }

    private void save(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        String name = WebContext.field(ctx, "name");
        String zone = WebContext.field(ctx, "zone");
        try {
            profiles.update(v, name, zone);
            ctx.redirect(ProfileUrls.profile("saved"), HttpStatus.SEE_OTHER);
        } catch (Refusal r) {
            show(ctx, r, new ProfilePage(v, name, zone, "", profiles.confirmsByMail(), null, "profile", sentence(r), r.field()));
        }
    }

    private void password(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        try {
            profiles.changePassword(v, raw(ctx, "current"), raw(ctx, "password"), raw(ctx, "confirmation"), ctx.ip(),
                    ctx.cookie(Auth.SESSION_COOKIE));
            ctx.redirect(ProfileUrls.profile("password"), HttpStatus.SEE_OTHER);
        } catch (Refusal r) {
            show(ctx, r, new ProfilePage(v, v.name(), v.zone().getId(), "", profiles.confirmsByMail(), null, "password", sentence(r),
                    r.field()));
        }
    }

    private void email(Context ctx) {
        Viewer v = WebContext.viewer(ctx);
        String email = WebContext.field(ctx, "email");
        try {
            switch (profiles.changeEmail(v, email, raw(ctx, "current"), ctx.ip())) {
                case ProfileService.EmailChanged.Mailed m -> pages.show(ctx, 200, "profile/profile.jte", new ProfilePage(v, v.name(),
                        v.zone().getId(), "", profiles.confirmsByMail(), "We sent a link to " + m.email() + ". Your address changes when "
                        + "you open it (within " + m.validFor().toHours() + " hours); until then you sign in with " + v.email() + ".",
                        null, null, null));
                case ProfileService.EmailChanged.Changed c -> ctx.redirect(ProfileUrls.profile("email-changed"), HttpStatus.SEE_OTHER);
            }
        } catch (Refusal r) {
            show(ctx, r, new ProfilePage(v, v.name(), v.zone().getId(), email, profiles.confirmsByMail(), null, "email", sentence(r),
                    r.field()));
        }
    }

    private void confirmPage(Context ctx) {
        String token = ctx.pathParam("token");
        String email = profiles.pendingEmail(token);
        pages.show(ctx, 200, "profile/confirm-email.jte",
                new ConfirmEmailPage(WebContext.signedIn(ctx).orElse(null), Auth.formToken(ctx), token, email, null));
    }

    private void confirm(Context ctx) {
        String token = ctx.pathParam("token");
        profiles.confirmEmail(token);
        boolean signedIn = WebContext.signedIn(ctx).isPresent();
        ctx.redirect(signedIn ? ProfileUrls.profile("email") : AuthUrls.signIn("email"), HttpStatus.SEE_OTHER);
    }

    private void show(Context ctx, Refusal r, ProfilePage page) {
        if (r instanceof Refusal.NotFound) throw r;
        pages.show(ctx, ErrorMapping.status(r), "profile/profile.jte", page);
    }

    private static String raw(Context ctx, String field) {
        String v = ctx.formParam(field);
        return v == null ? "" : v;
    }

    private static String sentence(Refusal r) {
        String m = r.getMessage();
        return Character.toUpperCase(m.charAt(0)) + m.substring(1) + (m.endsWith(".") ? "" : ".");
    }
}
