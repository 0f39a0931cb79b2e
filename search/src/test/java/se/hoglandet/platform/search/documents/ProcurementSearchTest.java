package se.hoglandet.platform.search.documents;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ContextConfiguration;
import se.hoglandet.platform.initiative.CollaborationLevel;
import se.hoglandet.platform.procurement.Contract;
import se.hoglandet.platform.procurement.ContractDraft;
import se.hoglandet.platform.procurement.ContractService;
import se.hoglandet.platform.procurement.FrameworkMethod;
import se.hoglandet.platform.procurement.Procurement;
import se.hoglandet.platform.procurement.ProcurementCategory;
import se.hoglandet.platform.procurement.ProcurementDraft;
import se.hoglandet.platform.procurement.ProcurementProcedure;
import se.hoglandet.platform.procurement.ProcurementService;
import se.hoglandet.platform.search.SearchDocument;
import se.hoglandet.platform.search.SearchQuery;
import se.hoglandet.platform.search.SearchResult;
import se.hoglandet.platform.search.SearchService;
import se.hoglandet.platform.shared.Role;
import se.hoglandet.platform.visibility.Visibility;
import se.hoglandet.searchtest.ElasticsearchInitializer;
import se.hoglandet.testsupport.ActingAs;
import se.hoglandet.testsupport.MariaDbInitializer;
import se.hoglandet.testsupport.Organisations;

/**
 * Procurements and contracts reach the real Elasticsearch through their events: found by Swedish word forms, with
 * the truth table applied (a private procurement by its lead and participants only; the price never indexed).
 */
@SpringBootTest(classes = se.hoglandet.searchtest.SearchTestApplication.class)
@ContextConfiguration(initializers = {MariaDbInitializer.class, ElasticsearchInitializer.class})
class ProcurementSearchTest {

    @Autowired
    ProcurementService procurements;

    @Autowired
    ContractService contracts;

    @Autowired
    SearchService search;

    @Autowired
    ActingAs actingAs;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void nobody() {
        actingAs.anonymous();
    }

    @Test
    void procurementsAndContractsAreFoundAsTheTableAllows() {
        Organisations organisations = new Organisations(jdbc);
        String marker = "upph" + UUID.randomUUID().toString().substring(0, 6);
        actingAs.set(ActingAs.member(31, organisations.id("eksjo"), "eksjo", Role.PROCUREMENT));
        Procurement secret = procurements.create(
                new ProcurementDraft(
                        "Tolkning via videolänk " + marker,
                        "Vi upphandlar tolktjänster för socialtjänstens möten " + marker,
                        ProcurementCategory.TRANSLATION,
                        ProcurementProcedure.OPEN,
                        FrameworkMethod.RANKED,
                        CollaborationLevel.JOINT_DEVELOPMENT,
                        null,
                        null,
                        Visibility.PRIVATE,
                        Set.of(organisations.id("aneby")),
                        Set.of()),
                Map.of());
        Contract contract = contracts.create(new ContractDraft(
                "Tolkbolaget " + marker,
                "Telefontolkning " + marker,
                ProcurementCategory.TRANSLATION,
                LocalDate.of(2026, 1, 1),
                LocalDate.of(2028, 12, 31),
                List.of(12),
                0,
                3,
                new BigDecimal("777777"),
                true,
                null,
                null,
                Visibility.FEDERATION));

        actingAs.set(ActingAs.member(32, organisations.id("aneby"), "aneby", Role.MEMBER));
        SearchQuery procurementQuery =
                SearchQuery.of("tolktjänst " + marker).withFilter(SearchDocument.TYPE, "procurement");
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> !links(procurementQuery).isEmpty());
        assertThat(links(procurementQuery)).containsExactly("procurements/" + secret.id());
        SearchQuery contractQuery =
                SearchQuery.of("telefontolkningen " + marker).withFilter(SearchDocument.TYPE, "contract");
        await().pollInSameThread()
                .atMost(Duration.ofSeconds(30))
                .until(() -> !links(contractQuery).isEmpty());
        assertThat(links(contractQuery)).containsExactly("contracts/" + contract.id());
        assertThat(links(SearchQuery.of("777777"))).isEmpty();

        actingAs.set(ActingAs.member(33, organisations.id("vetlanda"), "vetlanda", Role.PROCUREMENT));
        assertThat(links(procurementQuery)).isEmpty();
        assertThat(links(contractQuery)).containsExactly("contracts/" + contract.id());
    }

    private List<String> links(SearchQuery query) {
        return search.search(query).hits().stream().map(SearchResult.Hit::link).toList();
    }
}
