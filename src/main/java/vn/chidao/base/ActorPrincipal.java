package vn.chidao.base;

/** An authenticated principal that knows which {@link Actor} it is. */
public interface ActorPrincipal {

    Actor actor();

    String displayName();
}
