package org.claimledger.cli;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * On a command or a mixin: the environment variables it reads. The command's help lists them under
 * "Environment:", so a variable read in code but not declared here is a variable no user can find.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
@interface ReadsEnvironment {
    EnvironmentVariable[] value();
}
