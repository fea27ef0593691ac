package vn.chidao.indicator;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/** The indicator dialog's fields, with the constraints of {@link IndicatorChange} (public for the binder). */
public class IndicatorForm {

    @NotBlank(message = "{error.required}")
    @Size(max = 500, message = "{error.size}")
    private String name;

    @NotBlank(message = "{error.required}")
    @Size(max = 500, message = "{error.size}")
    private String nameEn;

    @Min(value = 0, message = "{error.indicatorWeight}")
    @Max(value = 1000, message = "{error.indicatorWeight}")
    private Integer weight;

    static IndicatorForm of(IndicatorDto indicator) {
        IndicatorForm form = new IndicatorForm();
        form.name = indicator.name();
        form.nameEn = indicator.nameEn();
        form.weight = indicator.weight();
        return form;
    }

    IndicatorChange toChange() {
        return new IndicatorChange(name, nameEn, weight);
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getNameEn() {
        return nameEn;
    }

    public void setNameEn(String nameEn) {
        this.nameEn = nameEn;
    }

    public Integer getWeight() {
        return weight;
    }

    public void setWeight(Integer weight) {
        this.weight = weight;
    }
}
