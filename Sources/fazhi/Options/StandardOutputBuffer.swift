// stdio's `stdout` is a C global that Swift 6 treats as shared mutable state; this file imports the C library
// alone and `@preconcurrency`, so that only these two calls see it. They run on the main thread at exit.
#if canImport(Glibc)
  @preconcurrency import Glibc
#elseif canImport(Darwin)
  @preconcurrency import Darwin
#endif

/// Flushes what `print` buffered for standard output. Returns 0, or the errno of a failed write, now or earlier
/// (stdio remembers an earlier failure in the stream's error flag; EIO stands for it).
func flushStandardOutputBuffer() -> Int32 {
  if fflush(stdout) != 0 { return errno }
  return ferror(stdout) != 0 ? EIO : 0
}
