/** The offline verifier of case files, started from the command line before Spring (decision 017). */
@NamedInterface("verify")
package org.assemblyportal.casefile.verify;

import org.springframework.modulith.NamedInterface;
