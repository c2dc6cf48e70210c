package org.hourbook.app.admin;

import java.time.DateTimeException;
import java.time.ZoneId;
import picocli.CommandLine;

/** A time zone by its IANA name, with an example when the name is unknown. */
final class ZoneConverter implements CommandLine.ITypeConverter<ZoneId> {
    @Override
    public ZoneId convert(String value) {
        try {
            return ZoneId.of(value.strip());
        } catch (DateTimeException e) {
            throw new CommandLine.TypeConversionException("'" + value + "' is not a time zone; use a name such as Europe/Berlin, "
                    + "America/New_York or UTC");
        }
    }
}
