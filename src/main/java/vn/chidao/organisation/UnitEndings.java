package vn.chidao.organisation;

import java.util.List;
import vn.chidao.base.Actor;

/**
 * Ending units, which moves their open work and their people: {@code organisation} owns the question (its units
 * screen asks it), the reorganisation above the assignments answers it. Every call is one transaction.
 *
 * @see UnitEndRequest
 */
public interface UnitEndings {

    /** The open assignments of a unit, for choosing each one's successor; 403/404 as for ending it. */
    List<OpenWork> openWork(Actor actor, String governmentCode, String unitCode);

    /** Ends a unit ({@link UnitEndRequest}). */
    UnitEndResult end(Actor actor, String governmentCode, String unitCode, UnitEndRequest request);

    /** Ends each unit of {@code from} with {@code into} as its single successor ({@link UnitMergeRequest}). */
    List<UnitEndResult> merge(Actor actor, String governmentCode, UnitMergeRequest request);

    /** One open assignment of a unit that ends: its id, "TB 12/TB-UBND · 3. Content…", its deadline (or none). */
    record OpenWork(long id, String text, java.time.LocalDate deadline) {
    }
}
