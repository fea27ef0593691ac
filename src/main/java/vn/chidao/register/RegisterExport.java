package vn.chidao.register;

import jakarta.persistence.EntityManager;
import java.io.IOException;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Slice;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Component;
import vn.chidao.assignment.Assignment;
import vn.chidao.assignment.AssignmentAccess;
import vn.chidao.assignment.AssignmentQueries;
import vn.chidao.assignment.ReportingPeriods;
import vn.chidao.base.Actor;
import vn.chidao.base.DomainException;
import vn.chidao.base.Messages;
import vn.chidao.base.sheet.Spreadsheet;
import vn.chidao.conclusion.ConclusionService;
import vn.chidao.conclusion.DirectiveInfo;
import vn.chidao.organisation.OrganisationService;
import vn.chidao.organisation.UnitDto;

/**
 * Writes the register's current filter as an xlsx file, one row per directive with its lead and coordinating
 * units, read {@value #PAGE} assignments at a time: each page is described, written to the streaming sheet and
 * dropped from the persistence context before the next, so memory holds one page whatever the register's size.
 * Runs in the caller's read-only transaction.
 */
@Component
class RegisterExport {

    static final int PAGE = 500;
    /** A directive's assignments come together, the directives of a notice in their order, notice after notice. */
    static final Sort ORDER = Sort.by("conclusionId", "directiveId", "id");
    private static final int ROWS_IN_MEMORY = 100;

    private final AssignmentQueries assignments;
    private final AssignmentSearch search;
    private final AssignmentAccess access;
    private final ConclusionService conclusions;
    private final OrganisationService organisation;
    private final Messages messages;
    private final EntityManager entityManager;
    private final ReportingPeriods periods;

    RegisterExport(AssignmentQueries assignments, AssignmentSearch search, AssignmentAccess access,
                   ConclusionService conclusions, OrganisationService organisation, Messages messages,
                   EntityManager entityManager, ReportingPeriods periods) {
        this.periods = periods;
        this.assignments = assignments;
        this.search = search;
        this.access = access;
        this.conclusions = conclusions;
        this.organisation = organisation;
        this.messages = messages;
        this.entityManager = entityManager;
    }

    Spreadsheet build(Actor actor, AssignmentFilter filter, Locale locale) {
        return build(actor, filter, locale, PAGE);
    }

    /** The same, reading {@code pageSize} assignments at a time (tests make a directive straddle two pages). */
    Spreadsheet build(Actor actor, AssignmentFilter filter, Locale locale, int pageSize) {
        Specification<Assignment> spec = search.of(actor, filter);
        LocalDate today = access.today();
        RegisterTexts texts = new RegisterTexts(messages, locale);
        Map<Long, UnitDto> units = organisation.unitsOf(actor.governmentId()).stream()
                .collect(Collectors.toMap(UnitDto::id, Function.identity()));
        SXSSFWorkbook workbook = new SXSSFWorkbook(ROWS_IN_MEMORY);
        workbook.setCompressTempFiles(true);
        try {
            RegisterSheet sheet = new RegisterSheet(workbook, texts.sheetName());
            writeTitle(sheet, texts, actor, filter, today);
            DirectiveRows rows = new DirectiveRows(sheet, texts, units, today);
            Slice<Assignment> slice;
            int page = 0;
            do {
                // The order goes in the page request: a slice ignores the fluent query's sortBy.
                PageRequest request = PageRequest.of(page++, pageSize, ORDER);
                slice = assignments.slice(spec, request);
                writePage(rows, slice.getContent(), today);
                entityManager.clear();
            } while (slice.hasNext());
            int written = rows.finish();
            return new Spreadsheet(workbook, fileName(today), written);
        } catch (RuntimeException e) {
            discard(workbook, e);
            throw e;
        }
    }

    static String fileName(LocalDate day) {
        return "so-theo-doi-" + day + ".xlsx";
    }

    private void writePage(DirectiveRows rows, List<Assignment> page, LocalDate today) {
        if (page.isEmpty()) {
            return;
        }
        List<Long> directiveIds = page.stream().map(Assignment::getDirectiveId).distinct().toList();
        Map<Long, DirectiveInfo> directives = conclusions.directives(directiveIds);
        Map<Long, List<AssignmentQueries.DirectiveUnit>> unitsOf = unitsOfDirectives(directiveIds);
        Map<Long, Integer> late = periods.latePeriods(page.stream().map(Assignment::getId).toList(), today);
        for (Assignment a : page) {
            rows.add(a, directives.get(a.getDirectiveId()), unitsOf.getOrDefault(a.getDirectiveId(), List.of()),
                    late.get(a.getId()));
        }
    }

    /** Every unit of each directive, whoever may read their parts: the notice names them all. */
    private Map<Long, List<AssignmentQueries.DirectiveUnit>> unitsOfDirectives(Collection<Long> directiveIds) {
        return assignments.unitsOfDirectives(directiveIds).stream()
                .collect(Collectors.groupingBy(AssignmentQueries.DirectiveUnit::directiveId));
    }

    private void writeTitle(RegisterSheet sheet, RegisterTexts texts, Actor actor, AssignmentFilter filter,
                            LocalDate today) {
        String committee = filter.committee() == null ? null
                : conclusions.committee(actor, filter.committee(), "committee").name();
        sheet.titleLine(texts.title(committee), true);
        sheet.titleLine(texts.asOf(organisation.government(actor.governmentId()).name(), today), false);
        String unit = AssignmentSearch.seesWholeGovernment(actor) ? unitName(actor, filter.unitCode())
                : unitName(actor, actor.unitCode());
        String described = texts.describe(filter, unit, conclusionName(actor, filter.conclusionId()));
        if (described != null) {
            sheet.titleLine(described, false);
        }
        sheet.blankLine();
        sheet.header(texts.header());
    }

    private String unitName(Actor actor, String code) {
        return code == null ? null : organisation.findUnit(actor.governmentId(), code).map(UnitDto::label).orElse(code);
    }

    private String conclusionName(Actor actor, Long id) {
        if (id == null) {
            return null;
        }
        try {
            return Objects.toString(conclusions.get(actor, id).number(), "#" + id);
        } catch (DomainException unknown) {
            return "#" + id;
        }
    }

    private static void discard(SXSSFWorkbook workbook, RuntimeException cause) {
        try {
            workbook.dispose();
            workbook.close();
        } catch (IOException e) {
            cause.addSuppressed(e);
        }
    }
}
