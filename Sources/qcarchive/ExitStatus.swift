import ArgumentParser
import Bundling
import Catalog
import CryptoIO
import DropImport
import Exceptions
import Export
import Foundation
import Lifecycle
import Nightly
import Query
import Sealing
import Storage

/// The exit statuses of every command (SPEC "Exit codes"), mapped here and nowhere else.
enum ExitStatus {
    static let help = """
        Exit status: 0 done · 1 failed (verification failed, nothing sealed, or not found) · 3 done with rejected \
        records (also when a drop sealed before had them, or held no records) · 64 usage error · 74 I/O \
        error or no archive at --archive · 75 the archive is locked by another run · 130 interrupted \
        (Ctrl-C; run the same command again to resume).
        """

    static let rejected = ExitCode(3)
    static let failed = ExitCode(1)

    /// Prints `Error: <message>` (and the underlying chain with `--verbose`) and returns the exit code.
    static func report(_ error: any Error, verbose: Bool) -> ExitCode {
        let (code, message, underlying) = classify(error)
        var text = "Error: \(TerminalText.escaped(message, keepNewlines: true))\n"
        if verbose, let underlying { text += "  underlying: " + TerminalText.escaped(underlying) + "\n" }
        FileHandle.standardError.write(Data(text.utf8))
        return code
    }

    private static func classify(_ error: any Error) -> (ExitCode, String, String?) {
        switch error {
        case let error as StorageError:
            switch error.code {
            case .locked: return (ExitCode(75), error.message, error.library)
            case .ioFailed, .notAnArchive: return (ExitCode(74), error.message, error.library)  // a missing archive
            case .alreadyExists: return (failed, error.message, error.library)
            }
        case let error as ImportError:
            let code: ExitCode =
                switch error.code {
                case .dropUnreadable, .storeFailed: ExitCode(74)
                case .batchConflict: ExitCode(64)
                case .catalogFailed: isIOFailure(error.underlying) ? ExitCode(74) : failed
                }
            return (code, error.message, error.underlying.map { "\($0)" })
        case let error as BundleError:
            return (
                isIOFailure(error.underlying) ? ExitCode(74) : failed, error.message, error.underlying.map { "\($0)" }
            )
        case let error as SealingError:
            return (
                isIOFailure(error.underlying) ? ExitCode(74) : failed, error.message, error.underlying.map { "\($0)" }
            )
        case let error as CatalogError:
            let code = error.code == .busy ? ExitCode(75) : isIOFailure(error) ? ExitCode(74) : failed
            return (code, error.message, error.underlying.map { "\($0)" })
        case let error as ExceptionError:
            return (error.code == .refused ? ExitCode(64) : failed, error.message, nil)
        case let error as SealPendingError:
            return (failed, error.description, error.underlying.underlying.map { "\($0)" })
        case let error as StaleCatalogError:
            return (failed, error.description, nil)
        case let error as ReindexError:
            return (failed, error.description, nil)
        case let error as QueryError:
            return (error.isNotFound ? failed : ExitCode(64), error.message, nil)
        case let error as CryptoIOError:
            return (failed, error.message, error.library)
        case let error as ExportError:
            return (error.code == .badSelection ? ExitCode(64) : failed, error.message, nil)
        default:
            return (failed, "\(error)", nil)
        }
    }
}

/// True when an underlying error is the disk's or the file system's (exit 74), however deep it travels.
private func isIOFailure(_ error: (any Error)?) -> Bool {
    switch error {
    case let error as StorageError: return error.code == .ioFailed
    case let error as CatalogError:
        return error.code == .openFailed || error.code == .ioFailed || isIOFailure(error.underlying)
    case let error as BundleError: return isIOFailure(error.underlying)
    case let error as SealingError: return isIOFailure(error.underlying)
    default: return false
    }
}

/// Runs a command body, turning thrown errors into the contract's exit statuses.
func runMapped(verbose: Bool, _ body: () throws -> Void) throws {
    do {
        try body()
    } catch let exit as ExitCode {
        throw exit
    } catch {
        throw ExitStatus.report(error, verbose: verbose)
    }
}
