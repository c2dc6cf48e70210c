package org.hourbook.store.retainer;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import org.hourbook.core.retainer.CycleRule;
import org.hourbook.core.retainer.RetainerTerms;
import org.hourbook.core.retainer.Rollover;
import org.hourbook.store.Rows;
import org.jdbi.v3.core.statement.SqlStatement;

/** Retainer terms as the columns of retainer_terms and retainer_terms_history (same names in both). */
final class TermsColumns {
    static final String NAMES = "cap_seconds, cycle_kind, cycle_day, cycle_weeks, cycle_anchor, rollover_kind, rollover_max_seconds, "
            + "overage_allowed, zone";
    static final String BINDS = ":cap, :kind, :day, :weeks, :anchor, :rollover, :rolloverMax, :overage, :zone";

    private TermsColumns() {}

    static RetainerTerms read(ResultSet rs) throws SQLException {
        CycleRule rule = switch (rs.getString("cycle_kind")) {
            case "MONTHLY" -> new CycleRule.Monthly(rs.getInt("cycle_day"));
            case "WEEKLY" -> new CycleRule.Weekly(DayOfWeek.of(rs.getInt("cycle_day")));
            default -> new CycleRule.EveryNWeeks(rs.getInt("cycle_weeks"), LocalDate.parse(rs.getString("cycle_anchor")));
        };
        Rollover rollover = "CARRY".equals(rs.getString("rollover_kind"))
                ? new Rollover.Carry(Rows.nullableLong(rs, "rollover_max_seconds")) : Rollover.NONE;
        return new RetainerTerms(rs.getLong("cap_seconds"), rule, rollover, rs.getInt("overage_allowed") != 0, ZoneId.of(rs.getString("zone")));
    }

    static <S extends SqlStatement<S>> S bind(S s, RetainerTerms t) {
        s.bind("cap", t.capSeconds()).bind("overage", t.overageAllowed() ? 1 : 0).bind("zone", t.zone().getId());
        switch (t.cycle()) {
            case CycleRule.Monthly m -> s.bind("kind", "MONTHLY").bind("day", m.day()).bindNull("weeks", java.sql.Types.INTEGER)
                    .bindNull("anchor", java.sql.Types.VARCHAR);
            case CycleRule.Weekly w -> s.bind("kind", "WEEKLY").bind("day", w.day().getValue()).bindNull("weeks", java.sql.Types.INTEGER)
                    .bindNull("anchor", java.sql.Types.VARCHAR);
            case CycleRule.EveryNWeeks n -> s.bind("kind", "EVERY_N_WEEKS").bindNull("day", java.sql.Types.INTEGER).bind("weeks", n.weeks())
                    .bind("anchor", n.anchor().toString());
        }
        switch (t.rollover()) {
            case Rollover.None none -> s.bind("rollover", "NONE").bindNull("rolloverMax", java.sql.Types.BIGINT);
            case Rollover.Carry c -> s.bind("rollover", "CARRY").bind("rolloverMax", c.maxSeconds());
        }
        return s;
    }
}
