package se.hoglandet.platform.procurement;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.type.SqlTypes;
import se.hoglandet.platform.organisation.Organisation;
import se.hoglandet.platform.shared.DomainValidationException;
import se.hoglandet.platform.shared.SwedishNumbers;
import se.hoglandet.platform.shared.Texts;
import se.hoglandet.platform.visibility.ShareableRecord;
import se.hoglandet.platform.visibility.Visibility;

/**
 * A contract or framework agreement of one organisation (bought jointly or not), in the federation's contract
 * register: readable per the truth table (FEDERATION by default), its price only inside the owner when confidential.
 */
@Entity
@Table(name = "contract")
public class Contract extends ShareableRecord {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false, length = 200)
    private String supplier;

    @Column(nullable = false, length = 300)
    private String subject;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(nullable = false, length = 30)
    private ProcurementCategory category;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "extension_months", length = 100)
    private String extensionMonths;

    @Column(name = "extensions_used", nullable = false)
    private int extensionsUsed;

    @Column(name = "notice_months", nullable = false)
    private int noticeMonths;

    @Column(name = "contract_value", precision = 15, scale = 2)
    private BigDecimal value;

    @Column(name = "price_confidential", nullable = false)
    private boolean priceConfidential;

    @Column(name = "contract_owner", length = 200)
    private String contractOwner;

    @Column(name = "procurement_id")
    private Long procurementId;

    @Column(name = "notice_reminded_on")
    private LocalDate noticeRemindedOn;

    @Column(name = "created_at", nullable = false, updatable = false)
    private Instant createdAt;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(nullable = false, updatable = false)
    private boolean demo;

    protected Contract() {}

    Contract(Organisation owner, ContractDraft draft, Instant now, boolean demo) {
        super(owner, Visibility.FEDERATION);
        this.createdAt = now;
        this.demo = demo;
        write(draft, now);
    }

    void write(ContractDraft draft, Instant now) {
        String newSupplier = Texts.required(draft.supplier(), 200, "contract.error.supplier");
        String newSubject = Texts.required(draft.subject(), 300, "contract.error.subject");
        if (draft.category() == null) {
            throw new DomainValidationException("contract.error.category", "Choose a category");
        }
        if (draft.startsOn() == null
                || draft.endsOn() == null
                || !draft.endsOn().isAfter(draft.startsOn())) {
            throw new DomainValidationException("contract.error.dates", "The contract ends after it starts");
        }
        if (draft.extensionMonths().size() > 10
                || draft.extensionMonths().stream().anyMatch(m -> m == null || m < 1 || m > 120)) {
            throw new DomainValidationException("contract.error.extensions", "Up to 10 options of 1–120 months");
        }
        if (draft.extensionsUsed() < 0
                || draft.extensionsUsed() > draft.extensionMonths().size()) {
            throw new DomainValidationException(
                    "contract.error.used", "Used options are 0 up to the options there are");
        }
        if (draft.noticeMonths() < 0 || draft.noticeMonths() > 36) {
            throw new DomainValidationException("contract.error.notice", "The notice period is 0–36 months");
        }
        SwedishNumbers.amount(draft.value());
        LocalDate previousDeadline = endsOn == null ? null : terms().noticeDeadline();
        this.supplier = newSupplier;
        this.subject = newSubject;
        this.category = draft.category();
        this.startsOn = draft.startsOn();
        this.endsOn = draft.endsOn();
        this.extensionMonths =
                draft.extensionMonths().stream().map(String::valueOf).collect(Collectors.joining(","));
        this.extensionsUsed = draft.extensionsUsed();
        this.noticeMonths = draft.noticeMonths();
        this.value = draft.value();
        this.priceConfidential = draft.priceConfidential();
        this.contractOwner = Texts.optional(draft.contractOwner(), 200, "contract.error.length");
        this.procurementId = draft.procurementId();
        changeVisibility(draft.visibility() == null ? Visibility.FEDERATION : draft.visibility());
        if (previousDeadline != null && !previousDeadline.equals(terms().noticeDeadline())) {
            this.noticeRemindedOn = null; // a new deadline (an option called) is reminded of again
        }
        this.updatedAt = now;
    }

    public ContractTerms terms() {
        return new ContractTerms(startsOn, endsOn, ContractTerms.parse(extensionMonths), extensionsUsed, noticeMonths);
    }

    public Long id() {
        return id;
    }

    public String supplier() {
        return supplier;
    }

    public String subject() {
        return subject;
    }

    public ProcurementCategory category() {
        return category;
    }

    public LocalDate startsOn() {
        return startsOn;
    }

    public LocalDate endsOn() {
        return endsOn;
    }

    public int extensionsUsed() {
        return extensionsUsed;
    }

    public int noticeMonths() {
        return noticeMonths;
    }
    /** The value as stored: callers outside the owner organisation read it through the service, masked when confidential. */
    BigDecimal value() {
        return value;
    }

    public boolean priceConfidential() {
        return priceConfidential;
    }

    public String contractOwner() {
        return contractOwner;
    }

    public Long procurementId() {
        return procurementId;
    }

    public LocalDate noticeRemindedOn() {
        return noticeRemindedOn;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }

    public boolean isDemo() {
        return demo;
    }
}
