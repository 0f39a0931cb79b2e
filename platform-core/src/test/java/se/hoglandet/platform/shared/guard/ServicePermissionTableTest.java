package se.hoglandet.platform.shared.guard;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.stereotype.Service;
import org.springframework.util.ClassUtils;
import se.hoglandet.coretest.CoreTestApplication;
import se.hoglandet.platform.shared.Actor;
import se.hoglandet.platform.shared.PermissionDeniedException;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.UsesMariaDb;

/**
 * Who may call which service method, kept here as a table, independent of the annotations in the code: for every
 * method, every actor lacking the required role (and the anonymous visitor) is refused by the running service
 * bean, and every actor holding it passes the guard. A service method missing from the table fails the test.
 */
@SpringBootTest(classes = CoreTestApplication.class)
@UsesMariaDb
class ServicePermissionTableTest {

    /** Anyone signed in. */
    private static final Set<Role> LOGIN = EnumSet.allOf(Role.class);
    /** Anyone, signed in or not (the public register). */
    private static final Set<Role> ANYONE = EnumSet.allOf(Role.class);
    /** Project leads. */
    private static final Set<Role> PROJECT_LEADS = EnumSet.of(Role.PROJECT_LEAD);
    /** Called by the platform itself, before an actor exists; the UI may not call it (architecture rule). */
    private static final Set<Role> SYSTEM = Set.of();

    private static final Set<Role> ORGANISATION_ADMINS = EnumSet.of(Role.ORG_ADMIN, Role.PLATFORM_ADMIN);
    /** Those who write legal assessments: the legal and security roles and project leads. */
    private static final Set<Role> ASSESSORS =
            EnumSet.of(Role.LAWYER, Role.DPO, Role.INFOSEC, Role.IT_MANAGER, Role.PROJECT_LEAD);
    /** Those a template can ask to sign off. */
    private static final Set<Role> SIGNERS = EnumSet.of(Role.LAWYER, Role.DPO, Role.INFOSEC, Role.IT_MANAGER);

    private static final Set<Role> TEMPLATE_PROPOSERS = EnumSet.of(Role.LAWYER, Role.DPO, Role.INFOSEC);
    private static final Set<Role> PLATFORM_ADMINS = EnumSet.of(Role.PLATFORM_ADMIN);
    /** Keep the tools register and decide on tools for their organisation. */
    private static final Set<Role> TOOL_STEWARDS = SIGNERS;

    private static final Set<Role> PROCUREMENT_STAFF = EnumSet.of(Role.PROCUREMENT);
    private static final Set<Role> FEDERATION = EnumSet.of(Role.FEDERATION_STAFF);
    private static final Set<Role> FEDERATION_OR_ORGANISATION = EnumSet.of(Role.FEDERATION_STAFF, Role.ORG_ADMIN);
    private static final Set<Role> ACADEMY_ADMINS = EnumSet.of(Role.ACADEMY_ADMIN);
    /** An organisation's administrators, as managers of their staff (not platform administrators). */
    private static final Set<Role> MANAGERS = EnumSet.of(Role.ORG_ADMIN);

    private static final Set<Role> FOLLOW_UP = EnumSet.of(Role.FEDERATION_STAFF, Role.ORG_ADMIN);
    private static final Set<Role> STATISTICS = EnumSet.of(Role.FEDERATION_STAFF, Role.ORG_ADMIN, Role.ACADEMY_ADMIN);
    private static final Set<Role> INCIDENT_HANDLERS = EnumSet.of(Role.INFOSEC, Role.DPO, Role.IT_MANAGER);
    /** Guidelines (issue 19): who writes, who comments in review, who decides and publishes. */
    private static final Set<Role> GUIDELINE_WRITERS =
            EnumSet.of(Role.ORG_ADMIN, Role.IT_MANAGER, Role.FEDERATION_STAFF);

    private static final Set<Role> GUIDELINE_REVIEWERS =
            EnumSet.of(Role.LAWYER, Role.DPO, Role.INFOSEC, Role.IT_MANAGER, Role.ORG_ADMIN, Role.FEDERATION_STAFF);
    private static final Set<Role> GUIDELINE_DECIDERS = EnumSet.of(Role.ORG_ADMIN, Role.FEDERATION_STAFF);

    static final Map<String, Set<Role>> TABLE = new TreeMap<>(Map.ofEntries(
            Map.entry("OrganisationService.list", LOGIN),
            Map.entry("OrganisationService.canManage", LOGIN),
            Map.entry("OrganisationService.municipalitiesManagedByMe", ORGANISATION_ADMINS),
            Map.entry("OrganisationService.addCompany", ORGANISATION_ADMINS),
            Map.entry("OrganisationService.update", ORGANISATION_ADMINS),
            Map.entry("OrganisationService.deactivate", ORGANISATION_ADMINS),
            Map.entry("OrganisationService.reactivate", ORGANISATION_ADMINS),
            Map.entry("OrganisationService.findActiveByCode", SYSTEM),
            Map.entry("OrganisationService.findForIndexing", SYSTEM),
            Map.entry("OrganisationService.allActiveForIndexing", SYSTEM),
            Map.entry("PersonService.recordLogin", SYSTEM),
            Map.entry("PersonService.myProfile", LOGIN),
            Map.entry("PersonService.chooseLanguage", LOGIN),
            Map.entry("OverviewService.figures", LOGIN),
            Map.entry("PersonService.peopleWithRole", SYSTEM),
            Map.entry("PersonService.findById", SYSTEM),
            Map.entry("AuditService.historyOf", LOGIN),
            Map.entry("NotificationService.send", SYSTEM),
            Map.entry("NotificationService.unreadCount", LOGIN),
            Map.entry("NotificationService.mine", LOGIN),
            Map.entry("NotificationService.markRead", LOGIN),
            Map.entry("NotificationService.markAllRead", LOGIN),
            Map.entry("NotificationService.myPreferences", LOGIN),
            Map.entry("NotificationService.choose", LOGIN),
            Map.entry("InitiativeService.register", LOGIN),
            Map.entry("InitiativeService.publicRegister", ANYONE),
            Map.entry("InitiativeService.publicRegisterAfter", ANYONE),
            Map.entry("InitiativeService.productionClearance", LOGIN),
            Map.entry("InitiativeService.publicInitiative", ANYONE),
            Map.entry("InitiativeService.publicPreview", LOGIN),
            Map.entry("InitiativeService.detail", LOGIN),
            Map.entry("InitiativeService.canRead", LOGIN),
            Map.entry("InitiativeService.editScope", LOGIN),
            Map.entry("InitiativeService.create", PROJECT_LEADS),
            Map.entry("InitiativeService.update", PROJECT_LEADS),
            Map.entry("InitiativeService.changeStatus", PROJECT_LEADS),
            Map.entry("InitiativeService.changeLevel", PROJECT_LEADS),
            Map.entry("InitiativeService.updateParticipation", PROJECT_LEADS),
            Map.entry("InitiativeService.addEffect", PROJECT_LEADS),
            Map.entry("InitiativeService.recordMeasurement", PROJECT_LEADS),
            Map.entry("InitiativeService.follow", LOGIN),
            Map.entry("InitiativeService.unfollow", LOGIN),
            Map.entry("InitiativeService.findForIndexing", SYSTEM),
            Map.entry("InitiativeService.idsForIndexing", SYSTEM),
            Map.entry("InitiativeService.loadForIndexing", SYSTEM),
            Map.entry("InitiativeService.followersOf", SYSTEM),
            Map.entry("AttachmentService.list", LOGIN),
            Map.entry("AttachmentService.mayAttach", LOGIN),
            Map.entry("AttachmentService.attach", LOGIN),
            Map.entry("AttachmentService.download", LOGIN),
            Map.entry("AttachmentService.remove", LOGIN),
            Map.entry("AssessmentService.list", LOGIN),
            Map.entry("AssessmentService.detail", LOGIN),
            Map.entry("AssessmentService.exportPdf", LOGIN),
            Map.entry("AssessmentService.comment", LOGIN),
            Map.entry("AssessmentService.exportActionPlan", LOGIN),
            Map.entry("AssessmentService.create", ASSESSORS),
            Map.entry("AssessmentService.update", ASSESSORS),
            Map.entry("AssessmentService.submit", ASSESSORS),
            Map.entry("AssessmentService.signOff", SIGNERS),
            Map.entry("AssessmentService.decide", ASSESSORS),
            Map.entry("AssessmentService.newVersion", ASSESSORS),
            Map.entry("AssessmentService.adopt", ASSESSORS),
            Map.entry("AssessmentService.findForIndexing", SYSTEM),
            Map.entry("AssessmentService.reviewsDue", SYSTEM),
            Map.entry("AssessmentService.markReviewReminded", SYSTEM),
            Map.entry("AssessmentService.idsForIndexing", SYSTEM),
            Map.entry("AssessmentService.loadForIndexing", SYSTEM),
            Map.entry("AssessmentTemplateService.catalogue", LOGIN),
            Map.entry("AssessmentTemplateService.template", LOGIN),
            Map.entry("AssessmentTemplateService.exportJson", LOGIN),
            Map.entry("AssessmentTemplateService.exportYaml", LOGIN),
            Map.entry("AssessmentTemplateService.propose", TEMPLATE_PROPOSERS),
            Map.entry("AssessmentTemplateService.proposals", PLATFORM_ADMINS),
            Map.entry("AssessmentTemplateService.importAndPublish", PLATFORM_ADMINS),
            Map.entry("AssessmentTemplateService.publish", PLATFORM_ADMINS),
            Map.entry("AssessmentService.findReadable", LOGIN),
            Map.entry("AssessmentService.readableTitles", LOGIN),
            Map.entry("ExpertReviewService.experts", ASSESSORS),
            Map.entry("ExpertReviewService.request", ASSESSORS),
            Map.entry("ExpertReviewService.answer", LOGIN),
            Map.entry("ExpertReviewService.decline", LOGIN),
            Map.entry("ExpertReviewService.withdraw", ASSESSORS),
            Map.entry("ExpertReviewService.mine", LOGIN),
            Map.entry("PersonService.expertsOutside", LOGIN),
            Map.entry("InitiativeService.chooseTools", PROJECT_LEADS),
            Map.entry("InitiativeService.usingTool", LOGIN),
            Map.entry("InitiativeService.readableTitle", LOGIN),
            Map.entry("ToolService.list", LOGIN),
            Map.entry("ToolService.catalogue", LOGIN),
            Map.entry("ToolService.detail", LOGIN),
            Map.entry("ToolService.exists", LOGIN),
            Map.entry("ToolService.nameOf", LOGIN),
            Map.entry("ToolService.decisionsOf", LOGIN),
            Map.entry("ToolService.today", LOGIN),
            Map.entry("ToolService.create", TOOL_STEWARDS),
            Map.entry("ToolService.update", TOOL_STEWARDS),
            Map.entry("ToolService.decide", TOOL_STEWARDS),
            Map.entry("IncidentService.report", LOGIN),
            Map.entry("IncidentService.list", LOGIN),
            Map.entry("IncidentService.detail", LOGIN),
            Map.entry("IncidentService.canRead", LOGIN),
            Map.entry("IncidentService.changeStatus", INCIDENT_HANDLERS),
            Map.entry("IncidentService.share", INCIDENT_HANDLERS),
            Map.entry("CourseService.catalogue", LOGIN),
            Map.entry("CourseService.detail", LOGIN),
            Map.entry("CourseService.sessionsOf", LOGIN),
            Map.entry("CourseService.participants", ACADEMY_ADMINS),
            Map.entry("CourseService.session", ACADEMY_ADMINS),
            Map.entry("CourseService.create", ACADEMY_ADMINS),
            Map.entry("CourseService.update", ACADEMY_ADMINS),
            Map.entry("CourseService.addSession", ACADEMY_ADMINS),
            Map.entry("CourseService.updateSession", ACADEMY_ADMINS),
            Map.entry("CourseService.cancelSession", ACADEMY_ADMINS),
            Map.entry("CourseService.recordAttendance", ACADEMY_ADMINS),
            Map.entry("CourseService.complete", ACADEMY_ADMINS),
            Map.entry("CourseService.findForIndexing", SYSTEM),
            Map.entry("CourseService.allForIndexing", SYSTEM),
            Map.entry("EnrolmentService.enrol", LOGIN),
            Map.entry("EnrolmentService.enrolStaff", MANAGERS),
            Map.entry("EnrolmentService.approve", MANAGERS),
            Map.entry("EnrolmentService.decline", MANAGERS),
            Map.entry("EnrolmentService.pendingApprovals", MANAGERS),
            Map.entry("EnrolmentService.cancel", LOGIN),
            Map.entry("EnrolmentService.mine", LOGIN),
            Map.entry("EnrolmentService.waitlistPosition", LOGIN),
            Map.entry("EnrolmentService.exportMyData", LOGIN),
            Map.entry("EnrolmentService.calendar", LOGIN),
            Map.entry("EnrolmentService.myCalendar", LOGIN),
            Map.entry("EnrolmentService.certificate", LOGIN),
            Map.entry("EnrolmentService.checkIn", LOGIN),
            Map.entry("EnrolmentService.verify", ANYONE),
            Map.entry("EnrolmentService.notice", SYSTEM),
            Map.entry("EnrolmentService.remindUpcoming", SYSTEM),
            Map.entry("EnrolmentService.anonymiseExpired", SYSTEM),
            Map.entry("AcademyFollowUpService.literacy", FOLLOW_UP),
            Map.entry("AcademyFollowUpService.literacyCsv", FOLLOW_UP),
            Map.entry("AcademyFollowUpService.statistics", STATISTICS),
            Map.entry("PersonService.myStaff", MANAGERS),
            Map.entry("ProcurementService.list", LOGIN),
            Map.entry("ProcurementService.detail", LOGIN),
            Map.entry("ProcurementService.clauseLibrary", LOGIN),
            Map.entry("ProcurementService.comment", LOGIN),
            Map.entry("ProcurementService.create", PROCUREMENT_STAFF),
            Map.entry("ProcurementService.update", PROCUREMENT_STAFF),
            Map.entry("ProcurementService.plan", PROCUREMENT_STAFF),
            Map.entry("ProcurementService.advance", PROCUREMENT_STAFF),
            Map.entry("ProcurementService.invite", PROCUREMENT_STAFF),
            Map.entry("ProcurementService.join", PROCUREMENT_STAFF),
            Map.entry("ProcurementService.changeStatus", PROCUREMENT_STAFF),
            Map.entry("ProcurementService.updatePart", PROCUREMENT_STAFF),
            Map.entry("ProcurementService.addRequirement", PROCUREMENT_STAFF),
            Map.entry("ProcurementService.addClause", PROCUREMENT_STAFF),
            Map.entry("ProcurementService.support", PROCUREMENT_STAFF),
            Map.entry("ProcurementService.findForIndexing", SYSTEM),
            Map.entry("ProcurementService.idsForIndexing", SYSTEM),
            Map.entry("ProcurementService.loadForIndexing", SYSTEM),
            Map.entry("ContractService.list", LOGIN),
            Map.entry("ContractService.detail", LOGIN),
            Map.entry("ContractService.endingBetween", LOGIN),
            Map.entry("ContractService.alignment", LOGIN),
            Map.entry("ContractService.exportCsv", LOGIN),
            Map.entry("ContractService.create", PROCUREMENT_STAFF),
            Map.entry("ContractService.update", PROCUREMENT_STAFF),
            Map.entry("ContractService.remindOfNoticeDeadlines", SYSTEM),
            Map.entry("ContractService.findForIndexing", SYSTEM),
            Map.entry("ContractService.idsForIndexing", SYSTEM),
            Map.entry("ContractService.loadForIndexing", SYSTEM),
            Map.entry("MaturityService.models", LOGIN),
            Map.entry("MaturityService.gapHelp", LOGIN),
            Map.entry("MaturityService.exportModel", LOGIN),
            Map.entry("MaturityService.cycles", LOGIN),
            Map.entry("MaturityService.detail", LOGIN),
            Map.entry("MaturityService.invite", LOGIN),
            Map.entry("MaturityService.remind", LOGIN),
            Map.entry("MaturityService.submitOrganisation", LOGIN),
            Map.entry("MaturityService.saveAnswers", LOGIN),
            Map.entry("MaturityService.submitResponse", LOGIN),
            Map.entry("MaturityService.response", LOGIN),
            Map.entry("MaturityService.organisationOverview", LOGIN),
            Map.entry("MaturityService.federationOverview", LOGIN),
            Map.entry("MaturityService.overviewCsv", LOGIN),
            Map.entry("MaturityService.importModel", FEDERATION),
            Map.entry("MaturityService.createCycle", FEDERATION),
            Map.entry("MaturityService.closeCycle", FEDERATION),
            Map.entry("MaturityService.nameCoordinator", FEDERATION_OR_ORGANISATION),
            Map.entry("MaturityService.coordinatorCandidates", FEDERATION_OR_ORGANISATION),
            Map.entry("MaturityService.overviewPdf", LOGIN),
            Map.entry("MaturityService.respondentCandidates", LOGIN),
            Map.entry("PersonService.peopleOf", SYSTEM),
            Map.entry("LessonService.list", LOGIN),
            Map.entry("LessonService.detail", LOGIN),
            Map.entry("LessonService.write", PROJECT_LEADS),
            Map.entry("LessonService.update", PROJECT_LEADS),
            Map.entry("LessonService.markUseful", LOGIN),
            Map.entry("LessonService.unmarkUseful", LOGIN),
            Map.entry("LessonService.comment", LOGIN),
            Map.entry("LessonService.findForIndexing", SYSTEM),
            Map.entry("LessonService.idsForIndexing", SYSTEM),
            Map.entry("LessonService.loadForIndexing", SYSTEM),
            // public site and EU database entry (issue 18)
            Map.entry("InitiativeService.publicCounts", ANYONE),
            Map.entry("EuDatabaseService.entry", LOGIN),
            Map.entry("EuDatabaseService.save", LOGIN),
            Map.entry("EuDatabaseService.published", ANYONE),
            Map.entry("LessonService.publishedFor", ANYONE),
            // Issue 16 (core half): permission flags for list pages, one organisation picker source, separation of
            // duties, and queries that return exactly what a view needs.
            Map.entry("OrganisationService.pickable", LOGIN),
            Map.entry("OrganisationService.pickableOthers", LOGIN),
            Map.entry("OrganisationService.mayAdminister", LOGIN),
            Map.entry("OrganisationService.mySettings", LOGIN),
            Map.entry("OrganisationService.allowLastSignerToDecide", MANAGERS),
            Map.entry("AssessmentService.mayCreate", LOGIN),
            Map.entry("AssessmentService.approvedOfMyOrganisation", LOGIN),
            Map.entry("AssessmentTemplateService.mayPublish", LOGIN),
            Map.entry("ExpertReviewService.myOpenTasks", LOGIN),
            Map.entry("ContractService.mayRegister", LOGIN),
            Map.entry("ProcurementService.mayCreate", LOGIN),
            Map.entry("MaturityService.mayPlanCycles", LOGIN),
            Map.entry("AcademyFollowUpService.mayFollowLiteracy", LOGIN),
            Map.entry("AcademyFollowUpService.mayReadStatistics", LOGIN),
            Map.entry("EnrolmentService.mayManageStaff", LOGIN),
            Map.entry("CourseService.mayCreate", LOGIN),
            Map.entry("ToolService.mayRegister", LOGIN),
            Map.entry("InitiativeService.mayCreate", LOGIN),
            Map.entry("LessonService.mayWrite", LOGIN),
            // Issue 16 views (assessments and procurement): linked initiatives named by title, in one query.
            Map.entry("InitiativeService.readableTitles", LOGIN),
            // The staff directory, routing, digests and work items (issue 17)
            Map.entry("PersonService.nearestManagerOf", SYSTEM),
            Map.entry("DirectoryService.myDirectory", MANAGERS),
            Map.entry("DirectoryService.add", MANAGERS),
            Map.entry("DirectoryService.update", MANAGERS),
            Map.entry("DirectoryService.deactivate", MANAGERS),
            Map.entry("DirectoryService.keptByHand", MANAGERS),
            Map.entry("DirectoryService.givableRoles", MANAGERS),
            Map.entry("DirectoryService.syncNow", PLATFORM_ADMINS),
            Map.entry("DirectoryService.syncFromSource", SYSTEM),
            Map.entry("DirectoryService.latestSync", PLATFORM_ADMINS),
            Map.entry("DirectoryService.anonymiseDeactivated", SYSTEM),
            Map.entry("StaffImportService.preview", MANAGERS),
            Map.entry("StaffImportService.importStaff", MANAGERS),
            Map.entry("FunctionalMailboxService.mailboxesOf", FEDERATION_OR_ORGANISATION),
            Map.entry("FunctionalMailboxService.setMailbox", MANAGERS),
            Map.entry("FunctionalMailboxService.unstaffedDuties", FEDERATION_OR_ORGANISATION),
            Map.entry("FunctionalMailboxService.unstaffedDutiesEverywhere", FEDERATION),
            Map.entry("FunctionalMailboxService.mailboxFor", SYSTEM),
            Map.entry("FunctionalMailboxService.federationMailboxFor", SYSTEM),
            // public register (issue 18): the contact a resident is shown when the owner published none
            Map.entry("FunctionalMailboxService.publicAddress", ANYONE),
            Map.entry("IncidentService.whoWillBeTold", LOGIN),
            Map.entry("NotificationService.mailTo", SYSTEM),
            Map.entry("NotificationService.sendDigests", SYSTEM),
            Map.entry("ToolService.expiringApprovalsToRemind", SYSTEM),
            Map.entry("ToolService.markExpiryReminded", SYSTEM),
            Map.entry("AcademyFollowUpService.myHeadcounts", MANAGERS),
            Map.entry("AcademyFollowUpService.stateHeadcount", MANAGERS),
            Map.entry("WorklistService.mine", LOGIN),
            Map.entry("WorklistService.newSinceLastVisit", LOGIN),
            Map.entry("InitiativeFigures.byOrganisationStatusAndLevel", LOGIN),
            // Issue 21: the organisation's AI picture, external maturity results, the chain, the yearly report.
            Map.entry("InitiativeFigures.ofOrganisation", LOGIN),
            Map.entry("InitiativeFigures.inProductionWithMeasuredEffects", LOGIN),
            Map.entry("InitiativeFigures.measurementsBetween", LOGIN),
            Map.entry("InitiativeFigures.jointInitiatives", LOGIN),
            Map.entry("AssessmentService.approvedCount", LOGIN),
            Map.entry("ProcurementService.countFor", LOGIN),
            Map.entry("ProcurementService.servingInitiative", LOGIN),
            Map.entry("ToolService.approvedToolCount", LOGIN),
            Map.entry("IncidentService.countFor", LOGIN),
            Map.entry("AcademyFollowUpService.literacyOf", LOGIN),
            Map.entry("AcademyFollowUpService.completionsBetween", LOGIN),
            Map.entry("EnrolmentService.applyIn", LOGIN),
            Map.entry("EnrolmentService.coursesFor", LOGIN),
            Map.entry("MaturityService.scoresOf", LOGIN),
            Map.entry("MaturityService.strongPeers", LOGIN),
            Map.entry("ExternalResultService.ofOrganisation", LOGIN),
            Map.entry("ExternalResultService.record", FEDERATION_OR_ORGANISATION),
            Map.entry("ExternalResultService.importCsv", FEDERATION_OR_ORGANISATION),
            Map.entry("PictureService.areas", LOGIN),
            Map.entry("PictureService.levelsOf", LOGIN),
            Map.entry("PictureService.federationLevels", LOGIN),
            Map.entry("PictureService.recordLevel", MANAGERS),
            Map.entry("PictureService.createGoal", MANAGERS),
            Map.entry("PictureService.updateGoal", MANAGERS),
            Map.entry("PictureService.measure", MANAGERS),
            Map.entry("PictureService.picture", LOGIN),
            Map.entry("PictureService.mayRead", LOGIN),
            Map.entry("PictureService.ownOrganisationId", LOGIN),
            Map.entry("YearlyReportService.organisationReport", LOGIN),
            Map.entry("YearlyReportService.federationReport", FEDERATION),
            Map.entry("YearlyReportService.years", LOGIN),
            // Networks, course wishes and shared expertise (issue 20): network rights (member, coordinator) are
            // checked inside the services against the network's truth table; these rows are the guard's part.
            Map.entry("PersonService.pickable", LOGIN),
            Map.entry("NetworkService.list", LOGIN),
            Map.entry("NetworkService.mayCreate", LOGIN),
            Map.entry("NetworkService.detail", LOGIN),
            Map.entry("NetworkService.create", LOGIN),
            Map.entry("NetworkService.update", LOGIN),
            Map.entry("NetworkService.join", LOGIN),
            Map.entry("NetworkService.addMember", LOGIN),
            Map.entry("NetworkService.approve", LOGIN),
            Map.entry("NetworkService.changeRole", LOGIN),
            Map.entry("NetworkService.remove", LOGIN),
            Map.entry("NetworkService.leave", LOGIN),
            Map.entry("MeetingService.meetings", LOGIN),
            Map.entry("MeetingService.plan", LOGIN),
            Map.entry("MeetingService.reschedule", LOGIN),
            Map.entry("MeetingService.detail", LOGIN),
            Map.entry("MeetingService.addAgendaItem", LOGIN),
            Map.entry("MeetingService.recordMinutes", LOGIN),
            Map.entry("MeetingService.recordAttendance", LOGIN),
            Map.entry("MeetingService.decide", LOGIN),
            Map.entry("MeetingService.calendar", LOGIN),
            Map.entry("ActionService.give", LOGIN),
            Map.entry("ActionService.changeStatus", LOGIN),
            Map.entry("ActionService.detail", LOGIN),
            Map.entry("ActionService.ofNetwork", LOGIN),
            Map.entry("PromotionService.promoteDecision", LOGIN),
            Map.entry("PromotionService.promoteAction", LOGIN),
            Map.entry("PromotionService.outcomes", LOGIN),
            Map.entry("PromotionService.indicator", LOGIN),
            Map.entry("QuestionService.questions", LOGIN),
            Map.entry("QuestionService.detail", LOGIN),
            Map.entry("QuestionService.ask", LOGIN),
            Map.entry("QuestionService.answer", LOGIN),
            Map.entry("QuestionService.markSolving", LOGIN),
            Map.entry("CourseWishService.wish", LOGIN),
            Map.entry("CourseWishService.answers", LOGIN),
            Map.entry("ExpertiseService.directory", LOGIN),
            Map.entry("ExpertiseService.myProfile", LOGIN),
            Map.entry("ExpertiseService.saveMyProfile", LOGIN),
            Map.entry("ExpertiseService.lendingToDecide", LOGIN),
            Map.entry("ExpertiseService.decideLending", LOGIN),
            Map.entry("HelpService.request", LOGIN),
            Map.entry("HelpService.decide", LOGIN),
            Map.entry("HelpService.recordHours", LOGIN),
            Map.entry("HelpService.detail", LOGIN),
            Map.entry("HelpService.mine", LOGIN),
            Map.entry("HelpService.toDecide", LOGIN),
            Map.entry("HelpService.mayReadOverview", LOGIN),
            Map.entry("NetworkService.findForIndexing", SYSTEM),
            Map.entry("QuestionService.findForIndexing", SYSTEM),
            Map.entry("NetworkService.idsForIndexing", SYSTEM),
            Map.entry("QuestionService.idsForIndexing", SYSTEM),
            Map.entry("NetworkService.loadForIndexing", SYSTEM),
            Map.entry("QuestionService.loadForIndexing", SYSTEM),
            Map.entry("MeetingService.remindUpcoming", SYSTEM),
            Map.entry("CourseWishService.open", ACADEMY_ADMINS),
            Map.entry("CourseWishService.answer", ACADEMY_ADMINS),
            Map.entry("HelpService.federationOverview", FEDERATION),
            // Guidelines (issue 19)
            Map.entry("GuidelineService.list", LOGIN),
            Map.entry("GuidelineService.detail", LOGIN),
            Map.entry("GuidelineService.mine", LOGIN),
            Map.entry("GuidelineService.topics", LOGIN),
            Map.entry("GuidelineService.create", GUIDELINE_WRITERS),
            Map.entry("GuidelineService.update", GUIDELINE_WRITERS),
            Map.entry("GuidelineService.submit", GUIDELINE_WRITERS),
            Map.entry("GuidelineService.returnToDraft", GUIDELINE_WRITERS),
            Map.entry("GuidelineService.comment", GUIDELINE_REVIEWERS),
            Map.entry("GuidelineService.decide", GUIDELINE_DECIDERS),
            Map.entry("GuidelineService.publish", GUIDELINE_DECIDERS),
            Map.entry("GuidelineService.newVersion", GUIDELINE_WRITERS),
            Map.entry("GuidelineService.findForIndexing", SYSTEM),
            Map.entry("GuidelineService.idsForIndexing", SYSTEM),
            Map.entry("GuidelineService.loadForIndexing", SYSTEM),
            Map.entry("GuidelineService.reviewsDue", SYSTEM),
            Map.entry("GuidelineService.markReviewReminded", SYSTEM),
            Map.entry("GuidelineContentService.addSection", GUIDELINE_WRITERS),
            Map.entry("GuidelineContentService.renameSection", GUIDELINE_WRITERS),
            Map.entry("GuidelineContentService.removeSection", GUIDELINE_WRITERS),
            Map.entry("GuidelineContentService.addClause", GUIDELINE_WRITERS),
            Map.entry("GuidelineContentService.updateClause", GUIDELINE_WRITERS),
            Map.entry("GuidelineContentService.removeClause", GUIDELINE_WRITERS),
            Map.entry("GuidelineContentService.moveClause", GUIDELINE_WRITERS),
            Map.entry("GuidelineAdoptionService.adopt", GUIDELINE_WRITERS),
            Map.entry("GuidelineAdoptionService.upstream", LOGIN),
            Map.entry("GuidelineAdoptionService.take", GUIDELINE_WRITERS),
            Map.entry("GuidelineAdoptionService.decline", GUIDELINE_WRITERS),
            Map.entry("GuidelineComparisonService.compare", LOGIN),
            Map.entry("GuidelineComparisonService.matrix", ANYONE),
            Map.entry("GuidelineExchangeService.exportPdf", LOGIN),
            Map.entry("GuidelineExchangeService.exportMarkdown", LOGIN),
            Map.entry("GuidelineExchangeService.exportJson", LOGIN),
            Map.entry("GuidelineExchangeService.importJson", GUIDELINE_WRITERS),
            // Published guidelines on the public site and in the open-data API (issue 19)
            Map.entry("PublicGuidelineService.published", ANYONE),
            Map.entry("PublicGuidelineService.version", ANYONE),
            Map.entry("PublicGuidelineService.publishedOf", ANYONE),
            Map.entry("PublicGuidelineService.topics", ANYONE),
            Map.entry("GuidelineFigures.newestDecided", LOGIN),
            Map.entry("GuidelineFigures.published", LOGIN)));

    @Autowired
    ApplicationContext context;

    @Autowired
    ActingAs actingAs;

    @AfterEach
    void nobodyActs() {
        actingAs.anonymous();
    }

    @Test
    void everyServiceMethodIsInTheTable() {
        Set<String> inCode = new TreeSet<>();
        serviceMethods().forEach(m -> inCode.add(key(m)));
        assertThat(inCode).containsExactlyInAnyOrderElementsOf(TABLE.keySet());
    }

    @TestFactory
    Stream<DynamicTest> actorsLackingTheRoleAreRefused() {
        return serviceMethods()
                .filter(m -> TABLE.get(key(m)) != SYSTEM && TABLE.get(key(m)) != ANYONE)
                .flatMap(method -> {
                    Set<Role> allowed = TABLE.get(key(method));
                    Stream<Actor> refused = Stream.concat(
                            Stream.of(Actor.anonymous()),
                            Arrays.stream(Role.values())
                                    .filter(r -> !allowed.contains(r))
                                    .map(r -> withOnly(r)));
                    return refused.map(actor ->
                            DynamicTest.dynamicTest(key(method) + " refuses " + describe(actor), () -> {
                                actingAs.set(actor);
                                Object bean = context.getBean(method.getDeclaringClass());
                                assertThatThrownBy(() -> invoke(bean, method))
                                        .isInstanceOf(PermissionDeniedException.class);
                            }));
                });
    }

    @TestFactory
    Stream<DynamicTest> actorsHoldingTheRolePassTheGuard() {
        return serviceMethods()
                .flatMap(method -> TABLE.get(key(method)).stream()
                        .map(role -> DynamicTest.dynamicTest(
                                key(method) + " admits " + role,
                                () -> assertThatCode(() ->
                                                ServiceGuard.check(method, method.getDeclaringClass(), withOnly(role)))
                                        .doesNotThrowAnyException())));
    }

    @TestFactory
    Stream<DynamicTest> publicMethodsAdmitAnonymousVisitors() {
        return serviceMethods()
                .filter(m -> TABLE.get(key(m)) == ANYONE)
                .map(method -> DynamicTest.dynamicTest(
                        key(method) + " admits anonymous",
                        () -> assertThatCode(
                                        () -> ServiceGuard.check(method, method.getDeclaringClass(), Actor.anonymous()))
                                .doesNotThrowAnyException()));
    }

    private static Actor withOnly(Role role) {
        return ActingAs.member(99, 1L, "hoglandsforbundet", role);
    }

    private static String describe(Actor actor) {
        return actor.isAnonymous() ? "anonymous" : actor.roles().toString();
    }

    private static void invoke(Object bean, Method method) throws Throwable {
        Object[] args = Arrays.stream(method.getParameterTypes())
                .map(type -> type.isPrimitive() ? defaultValue(type) : null)
                .toArray();
        try {
            method.invoke(bean, args);
        } catch (InvocationTargetException e) {
            throw e.getCause();
        }
    }

    private static Object defaultValue(Class<?> type) {
        if (type == boolean.class) {
            return false;
        }
        if (type == long.class) {
            return 0L;
        }
        if (type == int.class) {
            return 0;
        }
        throw new IllegalArgumentException("Add a default for " + type);
    }

    static Stream<Method> serviceMethods() {
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Service.class));
        return scanner.findCandidateComponents("se.hoglandet.platform").stream()
                .map(definition -> ClassUtils.resolveClassName(definition.getBeanClassName(), null))
                .flatMap(type -> Arrays.stream(type.getDeclaredMethods()))
                .filter(m -> Modifier.isPublic(m.getModifiers()) && !m.isSynthetic());
    }

    private static String key(Method method) {
        return method.getDeclaringClass().getSimpleName() + "." + method.getName();
    }
}
