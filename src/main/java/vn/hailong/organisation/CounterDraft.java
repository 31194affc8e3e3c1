package vn.hailong.organisation;

public record CounterDraft(String code, String name, String unitCode) {
}
