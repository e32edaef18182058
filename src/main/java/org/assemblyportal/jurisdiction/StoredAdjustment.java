package org.assemblyportal.jurisdiction;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.UUID;

/** A decree an administrator recorded. Never deleted: withdrawing it only marks it removed. */
@Entity
@Table(name = "calendar_adjustment")
class StoredAdjustment {

    static final int LABEL_MAX = 300;
    static final int ACT_MAX = 500;
    static final int ARTICLE_MAX = 200;
    static final int URL_MAX = 500;

    @Id
    private UUID id;
    @Column(name = "jurisdiction_code", nullable = false, length = 20)
    private String jurisdictionCode;
    @Column(name = "adjusted_on", nullable = false)
    private LocalDate adjustedOn;
    @Column(name = "working_day", nullable = false)
    private boolean workingDay;
    @Column(name = "label_en", nullable = false, length = LABEL_MAX)
    private String labelEn;
    @Column(name = "label_ru", length = LABEL_MAX)
    private String labelRu;
    @Column(name = "label_kk", length = LABEL_MAX)
    private String labelKk;
    @Column(nullable = false, length = ACT_MAX)
    private String act;
    @Column(length = ARTICLE_MAX)
    private String article;
    @Column(length = URL_MAX)
    private String url;
    @Column(nullable = false)
    private boolean verified;
    @Column(name = "created_at", nullable = false)
    private Instant createdAt;
    @Column(name = "created_by", nullable = false)
    private UUID createdBy;
    @Column(name = "removed_at")
    private Instant removedAt;
    @Column(name = "removed_by")
    private UUID removedBy;

    protected StoredAdjustment() {
    }

    StoredAdjustment(String jurisdictionCode, NewAdjustment adjustment, Instant createdAt, UUID createdBy) {
        this.id = UUID.randomUUID();
        this.jurisdictionCode = jurisdictionCode;
        this.adjustedOn = adjustment.date();
        this.workingDay = adjustment.workingDay();
        this.labelEn = adjustment.labelEn().strip();
        this.labelRu = blankToNull(adjustment.labelRu());
        this.labelKk = blankToNull(adjustment.labelKk());
        this.act = adjustment.act().strip();
        this.article = blankToNull(adjustment.article());
        this.url = blankToNull(adjustment.url());
        this.verified = adjustment.verified();
        this.createdAt = createdAt;
        this.createdBy = createdBy;
    }

    void remove(Instant at, UUID by) {
        if (removedAt == null) {
            removedAt = at;
            removedBy = by;
        }
    }

    String jurisdictionCode() {
        return jurisdictionCode;
    }

    CalendarAdjustment toAdjustment() {
        var labels = new HashMap<String, String>();
        labels.put("en", labelEn);
        if (labelRu != null) {
            labels.put("ru", labelRu);
        }
        if (labelKk != null) {
            labels.put("kk", labelKk);
        }
        return new CalendarAdjustment(adjustedOn, workingDay, labels, new Citation(act, article, url, verified));
    }

    RecordedAdjustment toRecord() {
        return new RecordedAdjustment(id, jurisdictionCode, toAdjustment(), createdAt, createdBy, removedAt);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
