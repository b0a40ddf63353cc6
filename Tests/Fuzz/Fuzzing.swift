#if FUZZING
import Foundation

/// libFuzzer's driver (`LLVMFuzzerRunDriver`, from clang's `libclang_rt.fuzzer_no_main`), called
/// from our own `main` so that the same program is also the corpus regression runner.
enum Fuzzing {
    /// The parser being fuzzed; set once before the driver starts, read by the callback only.
    nonisolated(unsafe) static var target = FuzzTarget.events

    @_silgen_name("LLVMFuzzerRunDriver")
    private static func runDriver(
        _ argc: UnsafeMutablePointer<Int32>,
        _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
        _ callback: @convention(c) (UnsafePointer<UInt8>?, Int) -> Int32
    ) -> Int32

    static func drive(_ arguments: [String]) -> Int32 {
        var argc = Int32(arguments.count)
        var pointers: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        let copies = pointers
        defer { for copy in copies { free(copy) } }  // when the driver returns (after -jobs)
        return pointers.withUnsafeMutableBufferPointer { buffer in
            var argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>? = buffer.baseAddress
            return runDriver(&argc, &argv) { data, size in
                Fuzzing.target.run(size == 0 || data == nil ? [] : Array(UnsafeBufferPointer(start: data, count: size)))
                return 0
            }
        }
    }
}
#endif
