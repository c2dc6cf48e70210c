package org.hourbook.server.mail;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;

/**
 * Renders a {@link Message} through its two precompiled templates: HTML from {@code src/main/jte}
 * (jte escapes every {@code ${...}} for HTML, so names and titles are safe), plain text from
 * {@code src/main/jte-text}, generated with content type Plain into a package of its own (an HTML
 * engine would turn "Smith &amp; Co" into "Smith &amp;amp; Co" in the text part).
 */
final class MailTemplates {
    /** The plain-text templates' package (hourbook-server/pom.xml, execution plain-text-mail). */
    static final String TEXT_PACKAGE = "gg.jte.generated.plaintext";

    private final TemplateEngine html = TemplateEngine.createPrecompiled(ContentType.Html);
    private final TemplateEngine text = TemplateEngine.createPrecompiled(null, ContentType.Plain, null, TEXT_PACKAGE);

    /** A message ready to queue. */
    record Rendered(String subject, String text, String html) {}

    Rendered render(Message message) {
        String template = "mail/" + message.kind().code() + ".jte";
        return new Rendered(oneLine(message.subject()), tidy(render(text, template, message)), render(html, template, message));
    }

    /** Template files end with line breaks of their own: one blank line at most, one break at the end. */
    private static String tidy(String text) {
        return text.replaceAll("\n{3,}", "\n\n").strip() + "\n";
    }

    private static String render(TemplateEngine engine, String template, Message message) {
        StringOutput out = new StringOutput();
        engine.render(template, message, out);
        return out.toString();
    }

    /** A subject is one header line: a line break in a user's text would otherwise end it. */
    private static String oneLine(String subject) {
        return subject.replaceAll("[\\r\\n\\t]+", " ").strip();
    }
}
