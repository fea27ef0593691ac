package vn.chidao.organisation;

public record GovernmentDto(long id, String code, String name) {
}
