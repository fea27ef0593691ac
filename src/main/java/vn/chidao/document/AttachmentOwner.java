package vn.chidao.document;

/** What a file is attached to: an assignment (a unit's report, progress, contribution, extension) or a conclusion. */
public enum AttachmentOwner {
    ASSIGNMENT,
    CONCLUSION
}
