package io.incidentledger.ingest;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.Charset;
import org.junit.jupiter.api.Test;

/** Chat bytes are UTF-8 whatever the server's locale: nothing here may fall back on the platform charset. */
class PlatformCharsetTest {

    @Test
    void noChatCodeEncodesOrDecodesWithThePlatformCharset() {
        var chatIngest = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("io.incidentledger.ingest");

        noClasses().should().callMethod(String.class, "getBytes")
                .orShould().callConstructor(String.class, byte[].class)
                .orShould().callConstructor(String.class, byte[].class, int.class, int.class)
                .orShould().callConstructor(InputStreamReader.class, InputStream.class)
                .orShould().callConstructor(OutputStreamWriter.class, OutputStream.class)
                .orShould().callMethod(Charset.class, "defaultCharset")
                .check(chatIngest);
    }
}
