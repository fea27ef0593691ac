package vn.chidao.assignment;

import org.springframework.stereotype.Component;
import vn.chidao.base.Actor;
import vn.chidao.conclusion.ConclusionDetail;
import vn.chidao.conclusion.DirectiveEnding;

/** Lets the conclusion's page cancel or close a directive through {@link DirectiveService}. */
@Component
class DirectiveEndingAdapter implements DirectiveEnding {

    private final DirectiveService directives;

    DirectiveEndingAdapter(DirectiveService directives) {
        this.directives = directives;
    }

    @Override
    public ConclusionDetail cancel(Actor actor, long directiveId, String reason) {
        return directives.cancel(actor, directiveId, new CancelInput(reason));
    }

    @Override
    public ConclusionDetail close(Actor actor, long directiveId, String comment) {
        return directives.close(actor, directiveId, new CloseInput(comment));
    }
}
