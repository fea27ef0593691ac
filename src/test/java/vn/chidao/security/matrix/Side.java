package vn.chidao.security.matrix;

import vn.chidao.base.Actor;
import vn.chidao.support.World;

/**
 * One unit whose work the matrix reads and acts on, with the words that mark it in any answer: {@code marker} in
 * its directives and notices, {@code secret} in what only the unit and its government may read (reports, progress
 * notes, extension reasons).
 *
 * @param committee the committee its notices are issued by (each government has its own)
 */
record Side(World world, String unit, String marker, String secret, String committee) {

    Actor focalPoint() {
        return world.focalPoint(unit);
    }

    Actor secretariat() {
        return world.secretariat();
    }
}
