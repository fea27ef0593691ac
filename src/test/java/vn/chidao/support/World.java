package vn.chidao.support;

import java.util.Map;
import vn.chidao.base.Actor;
import vn.chidao.organisation.GovernmentDto;

/**
 * A government of its own for one test: units {@code SO_A}, {@code SO_B} (departments) and {@code HUYEN_A}
 * (a district), a secretariat, a leader, and a focal point and a unit head per unit. Every user's password
 * is {@link Fixtures#PASSWORD}.
 */
public record World(GovernmentDto government, Actor admin, Actor secretariat, Actor leader,
                    Map<String, Actor> focalPoints, Map<String, Actor> unitHeads) {

    public static final String SO_A = "SO_A";
    public static final String SO_B = "SO_B";
    public static final String HUYEN_A = "HUYEN_A";

    public Actor focalPoint(String unitCode) {
        return focalPoints.get(unitCode);
    }

    public Actor unitHead(String unitCode) {
        return unitHeads.get(unitCode);
    }
}
