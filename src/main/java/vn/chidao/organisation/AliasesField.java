package vn.chidao.organisation;

import com.vaadin.flow.component.textfield.TextArea;

/** The other names a unit goes by in notices, one a line, in the unit dialogs. */
class AliasesField extends TextArea {

    AliasesField(String id) {
        setLabel(getTranslation("units.aliases"));
        setHelperText(getTranslation("units.aliasesHint"));
        setId(id);
        setMaxHeight("10rem");
    }
}
