using System;
using System.IO;
using System.Linq;
using TypedGraph.Build.Tasks.Elf;
using Xunit;

namespace TypedGraph.Build.Tests
{
    public sealed class VersionNeedPatcherTests : IDisposable
    {
        private readonly string _dir = TestElf.TempDirectory();

        public void Dispose() => Directory.Delete(_dir, recursive: true);

        private static byte[] TorchSharpLike(bool markerRelocated = false, string? alsoNeeding = null)
        {
            var symbols = new[]
            {
                new TestSymbol("_ZNSt8ios_baseD2Ev", "GLIBCXX_3.4", Relocated: true),
                new TestSymbol(TestElf.Marker, "GLIBCXX_3.4.32", Relocated: markerRelocated),
                new TestSymbol("malloc", null, Relocated: true),
            }.ToList();
            if (alsoNeeding != null)
            {
                symbols.Add(new TestSymbol(alsoNeeding, "GLIBCXX_3.4.32"));
            }

            return TestElf.Consumer(symbols);
        }

        [Fact]
        public void Reader_finds_the_version_needs_symbols_and_relocations()
        {
            ElfFile elf = ElfFile.Parse(TorchSharpLike());

            ElfVersionNeed need = Assert.Single(elf.ReadVersionNeeds());
            Assert.Equal("libstdc++.so.6", need.File);
            Assert.Equal(new[] { "GLIBCXX_3.4", "GLIBCXX_3.4.32" }, need.Versions.Select(v => v.Name));
            Assert.Equal(new ushort[] { 2, 3 }, need.Versions.Select(v => v.VersionIndex));
            Assert.All(need.Versions, v => Assert.False(v.IsWeak));

            var symbols = elf.ReadDynamicSymbols();
            Assert.Equal(new[] { string.Empty, "_ZNSt8ios_baseD2Ev", TestElf.Marker, "malloc" }, symbols.Select(s => s.Name));
            Assert.Equal(new[] { 0, 2, 3, 1 }, symbols.Select(s => s.VersionIndex));
            Assert.Equal(new[] { 1, 3 }, elf.ReadRelocatedDynamicSymbolIndices().OrderBy(i => i));
        }

        [Fact]
        public void Patch_sets_exactly_the_weak_bit_of_the_GLIBCXX_3_4_32_need_and_nothing_else()
        {
            byte[] original = TorchSharpLike();
            string path = Path.Combine(_dir, "libLibTorchSharp.so");
            File.WriteAllBytes(path, original);

            VersionNeedPatchResult result = VersionNeedPatcher.WeakenInFile(path);

            Assert.Equal(VersionNeedPatchStatus.Patched, result.Status);
            byte[] patched = File.ReadAllBytes(path);
            int flags = TestElf.FlagsOffset(original, "GLIBCXX_3.4.32");
            Assert.Equal(new[] { flags }, TestElf.Differences(original, patched));
            Assert.Equal(original[flags] | 0x2, patched[flags]);
            Assert.True(ElfFile.Parse(patched).ReadVersionNeeds().Single().Versions.Single(v => v.Name == "GLIBCXX_3.4.32").IsWeak);
            Assert.Empty(Directory.GetFiles(_dir, "*.tmp", SearchOption.AllDirectories));
        }

        [Fact]
        public void Second_run_is_a_no_op()
        {
            string path = Path.Combine(_dir, "libLibTorchSharp.so");
            File.WriteAllBytes(path, TorchSharpLike());
            Assert.Equal(VersionNeedPatchStatus.Patched, VersionNeedPatcher.WeakenInFile(path).Status);
            byte[] once = File.ReadAllBytes(path);
            DateTime written = File.GetLastWriteTimeUtc(path);

            VersionNeedPatchResult again = VersionNeedPatcher.WeakenInFile(path);

            Assert.Equal(VersionNeedPatchStatus.AlreadyWeak, again.Status);
            Assert.Equal(once, File.ReadAllBytes(path));
            Assert.Equal(written, File.GetLastWriteTimeUtc(path));
        }

        [Theory]
        [InlineData(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute | UnixFileMode.GroupRead)]
        [InlineData(UnixFileMode.UserRead | UnixFileMode.UserExecute | UnixFileMode.GroupRead | UnixFileMode.OtherRead)]
        public void Patch_keeps_the_files_time_and_permissions_even_read_only(UnixFileMode mode)
        {
            if (OperatingSystem.IsWindows())
            {
                return;
            }

            string path = Path.Combine(_dir, "libLibTorchSharp.so");
            File.WriteAllBytes(path, TorchSharpLike());
            var time = new DateTime(2026, 5, 7, 12, 0, 0, DateTimeKind.Utc);
            File.SetLastWriteTimeUtc(path, time);
            File.SetUnixFileMode(path, mode);

            Assert.Equal(VersionNeedPatchStatus.Patched, VersionNeedPatcher.WeakenInFile(path).Status);

            Assert.Equal(time, File.GetLastWriteTimeUtc(path));
            Assert.Equal(mode, File.GetUnixFileMode(path));
            Assert.Equal(VersionNeedPatchStatus.AlreadyWeak, VersionNeedPatcher.Analyze(File.ReadAllBytes(path)).Status);
        }

        [Fact]
        public void Patching_a_symbolic_link_replaces_the_link_and_leaves_its_target_alone()
        {
            byte[] original = TorchSharpLike();
            string cache = Path.Combine(_dir, "cache.so");
            File.WriteAllBytes(cache, original);
            string output = Path.Combine(_dir, "libLibTorchSharp.so");
            File.CreateSymbolicLink(output, cache);

            Assert.Equal(VersionNeedPatchStatus.Patched, VersionNeedPatcher.WeakenInFile(output).Status);

            Assert.Equal(original, File.ReadAllBytes(cache));
            Assert.Null(new FileInfo(output).LinkTarget);
            Assert.Single(TestElf.Differences(original, File.ReadAllBytes(output)));
        }

        [Fact]
        public void Refuses_when_another_symbol_needs_the_version()
        {
            byte[] original = TorchSharpLike(alsoNeeding: "_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm");
            string path = Path.Combine(_dir, "libLibTorchSharp.so");
            File.WriteAllBytes(path, original);

            VersionNeedPatchResult result = VersionNeedPatcher.WeakenInFile(path);

            Assert.Equal(VersionNeedPatchStatus.Refused, result.Status);
            Assert.Equal(new[] { "_ZNSt7__cxx1112basic_stringIcSt11char_traitsIcESaIcEE10_M_replaceEmmPKcm" }, result.BlockingSymbols);
            Assert.Contains("_M_replace", result.Message, StringComparison.Ordinal);
            Assert.Equal(original, File.ReadAllBytes(path));
        }

        [Fact]
        public void Refuses_when_a_relocation_uses_the_marker()
        {
            byte[] original = TorchSharpLike(markerRelocated: true);

            VersionNeedPatchResult result = VersionNeedPatcher.Analyze(original);

            Assert.Equal(VersionNeedPatchStatus.Refused, result.Status);
            Assert.Contains("relocation", result.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_file_that_does_not_need_the_version_is_left_alone()
        {
            byte[] image = TestElf.Consumer(new[] { new TestSymbol("_ZNSt8ios_baseD2Ev", "GLIBCXX_3.4") });

            Assert.Equal(VersionNeedPatchStatus.NotNeeded, VersionNeedPatcher.Analyze(image).Status);
        }

        [Fact]
        public void Apply_to_an_image_changes_one_byte()
        {
            byte[] original = TorchSharpLike();
            VersionNeedPatchResult plan = VersionNeedPatcher.Analyze(original);
            Assert.Equal(VersionNeedPatchStatus.Patchable, plan.Status);

            byte[] patched = VersionNeedPatcher.ApplyTo(original, plan);

            Assert.Equal(new[] { (int)plan.Need!.FlagsFileOffset }, TestElf.Differences(original, patched));
            Assert.Equal(VersionNeedPatchStatus.AlreadyWeak, VersionNeedPatcher.Analyze(patched).Status);
        }

        [Theory]
        [InlineData(new byte[] { 0x4d, 0x5a, 0x90, 0x00 }, "not an ELF file")]
        [InlineData(new byte[0], "not an ELF file")]
        [InlineData(new byte[] { 0x7f, 0x45, 0x4c, 0x46, 2, 1, 1 }, "truncated ELF header")]
        public void Non_ELF_input_gives_a_clear_reason(byte[] image, string reason)
        {
            VersionNeedPatchResult result = VersionNeedPatcher.Analyze(image);

            Assert.Equal(VersionNeedPatchStatus.Unsupported, result.Status);
            Assert.Contains(reason, result.Message, StringComparison.Ordinal);
            Assert.Contains(reason, Assert.Throws<ElfFormatException>(() => ElfFile.Parse(image)).Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Thirty_two_bit_and_big_endian_ELF_are_rejected_with_the_reason()
        {
            byte[] elf32 = TestElf.Consumer(new[] { new TestSymbol(TestElf.Marker, "GLIBCXX_3.4.32") }, elfClass: 1);
            byte[] bigEndian = TestElf.Consumer(new[] { new TestSymbol(TestElf.Marker, "GLIBCXX_3.4.32") }, dataEncoding: 2);

            VersionNeedPatchResult r32 = VersionNeedPatcher.Analyze(elf32);
            VersionNeedPatchResult rBe = VersionNeedPatcher.Analyze(bigEndian);

            Assert.Equal(VersionNeedPatchStatus.Unsupported, r32.Status);
            Assert.Contains("32-bit", r32.Message, StringComparison.Ordinal);
            Assert.Equal(VersionNeedPatchStatus.Unsupported, rBe.Status);
            Assert.Contains("big-endian", rBe.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void A_truncated_file_is_unsupported_not_a_crash()
        {
            byte[] image = TorchSharpLike();
            byte[] truncated = image.Take(image.Length - 100).ToArray();

            VersionNeedPatchResult result = VersionNeedPatcher.Analyze(truncated);

            Assert.Equal(VersionNeedPatchStatus.Unsupported, result.Status);
            Assert.Contains("outside the file", result.Message, StringComparison.Ordinal);
        }

        [Fact]
        public void Reads_the_versions_a_library_defines()
        {
            ElfFile library = ElfFile.Parse(TestElf.Library("GLIBCXX_3.4", "GLIBCXX_3.4.30", "CXXABI_1.3"));

            Assert.Equal(new[] { "libstdc++.so.6", "GLIBCXX_3.4", "GLIBCXX_3.4.30", "CXXABI_1.3" }, library.ReadVersionDefinitions());
        }
    }
}
