package io.cloudtwin.core.compute;

import java.util.Collection;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import io.cloudtwin.core.DomainError;
import io.cloudtwin.core.Rows;
import io.cloudtwin.core.ScopedStore;
import io.cloudtwin.store.RowLocks;

/** Launch templates (the unique index refuses a name its scope has) and their versions. */
@Component
public class LaunchTemplateStore extends ScopedStore<LaunchTemplate> {
    public LaunchTemplateStore(JdbcClient jdbc, RowLocks locks) {
        super(jdbc, locks, "launch_template", LaunchTemplate.class, DomainError.LAUNCH_TEMPLATE_NOT_FOUND);
    }

    public void insert(LaunchTemplate.Version v) {
        jdbc.sql("INSERT INTO launch_template_version (template_id, version_number, description, data, created_at) "
                        + "VALUES (:t, :n, :d, :data, :at)")
                .param("t", v.templateId()).param("n", v.versionNumber()).param("d", v.description())
                .param("data", v.data()).param("at", v.createdAt()).update();
    }

    /**
     * The versions of these templates, by template then number: only the numbers given (empty: any) between min
     * and max (null: unbounded).
     */
    public List<LaunchTemplate.Version> versions(Collection<String> templateIds, Collection<Long> numbers, Long min,
                                                 Long max) {
        if (templateIds.isEmpty()) return List.of();
        return jdbc.sql("SELECT * FROM launch_template_version WHERE template_id IN (:t)"
                        + (numbers.isEmpty() ? "" : " AND version_number IN (:n)")
                        + (min == null ? "" : " AND version_number >= :min")
                        + (max == null ? "" : " AND version_number <= :max") + " ORDER BY template_id, version_number")
                .param("t", templateIds).param("n", numbers.isEmpty() ? List.of(0L) : numbers).param("min", min)
                .param("max", max).query(LaunchTemplate.Version.class).list();
    }

    public long versionCount(String templateId) {
        return Rows.count(jdbc, "launch_template_version", "template_id", templateId);
    }

    /** Deletes one version; false when the template has no version of that number. */
    public boolean deleteVersion(String templateId, long number) {
        return Rows.delete(jdbc, "launch_template_version", "template_id", templateId, "version_number", number) == 1;
    }

    /** Every version (state export), by template then number. */
    public List<LaunchTemplate.Version> allVersions() {
        return jdbc.sql("SELECT * FROM launch_template_version ORDER BY template_id, version_number")
                .query(LaunchTemplate.Version.class).list();
    }
}
