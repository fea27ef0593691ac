package vn.chidao.dashboard;

/**
 * How the dashboard shows units that have ended: {@link #AS_WERE} each on its own line, with the assignments it held
 * (done while it existed, or cancelled); {@link #FOLDED} counted into its successor when it has exactly one
 * (following a chain A → B → C to the unit that holds the work now). An ended unit with several successors keeps its
 * own line either way: its past cannot be split among them honestly.
 */
public enum EndedUnits {
    AS_WERE,
    FOLDED
}
