package io.incidentledger.app.testdata;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/** The ledger's main classes, imported once per test JVM: an import of every module takes seconds. */
public final class LedgerClasses {

    private static JavaClasses imported;

    private LedgerClasses() {
    }

    public static synchronized JavaClasses main() {
        if (imported == null) {
            imported = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                    .importPackages("io.incidentledger");
        }
        return imported;
    }
}
