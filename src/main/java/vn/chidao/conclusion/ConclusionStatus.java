package vn.chidao.conclusion;

public enum ConclusionStatus {
    DRAFT,
    AWAITING_APPROVAL,
    ISSUED
}
