package vn.chidao.organisation;

/** DEPARTMENT: sở, ban, ngành; DISTRICT: quận, huyện, thị xã, thành phố thuộc tỉnh; COMMUNE: xã, phường, thị trấn. */
public enum UnitKind {
    DEPARTMENT,
    DISTRICT,
    COMMUNE,
    OTHER
}
