import Foundation

/// libarchive converts path names through the C locale: in Swift's default "C" locale, pax writing
/// of a non-ASCII path crashes and ustar writes an empty name (NATIVE-NOTES). Call once at start-up,
/// before any thread starts.
package enum ProcessLocale {
    package static func useUTF8() {
        _ = setlocale(LC_CTYPE, "C.UTF-8")
    }
}
