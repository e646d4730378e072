using System.Security.Cryptography;
using Screening.Station.SearchLog;

namespace Screening.Station.Tests.SearchLog;

/// <summary>Images kept by content beside the search log.</summary>
public sealed class ImageStoreTests : IDisposable
{
    private readonly SearchLogFolder _folder = new();

    public void Dispose() => _folder.Dispose();

    [Fact]
    public void An_image_is_kept_under_its_sha256_in_a_folder_of_its_first_two_hex_digits()
    {
        var images = new ImageStore(_folder.Path);
        byte[] bytes = [0x89, 0x50, 0x4E, 0x47, 1, 2, 3];
        var hex = Convert.ToHexStringLower(SHA256.HashData(bytes));

        var hash = images.Put(bytes, ".PNG");

        Assert.Equal("sha256:" + hex, hash);
        var path = Path.Combine(_folder.Path, "images", hex[..2], hex + ".png");
        Assert.Equal(path, images.Find(hash));
        Assert.Equal(bytes, File.ReadAllBytes(path));
        Assert.Equal(ImageState.Intact, images.Check(hash));
    }

    [Fact]
    public void The_same_bytes_stored_twice_are_one_file()
    {
        var images = new ImageStore(_folder.Path);

        var first = images.Put([9, 9, 9], ".png");
        var second = images.Put([9, 9, 9], ".tiff");
        var third = images.Put([9, 9, 9]);

        Assert.Equal(first, second);
        Assert.Equal(first, third);
        Assert.Single(Directory.EnumerateFiles(images.Root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public async Task Concurrent_puts_of_the_same_bytes_leave_one_file_and_no_temp_files()
    {
        var images = new ImageStore(_folder.Path);
        var bytes = new byte[100_000];
        Random.Shared.NextBytes(bytes);

        var hashes = await Task.WhenAll(Enumerable.Range(0, 16).Select(_ => Task.Run(() => images.Put(bytes, ".png"))));

        Assert.Single(hashes.Distinct());
        Assert.Single(Directory.EnumerateFiles(images.Root, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void An_altered_or_missing_image_is_reported()
    {
        var images = new ImageStore(_folder.Path);
        var hash = images.Put([1, 2, 3], ".png");

        File.WriteAllBytes(images.Find(hash)!, [1, 2, 4]);
        Assert.Equal(ImageState.Altered, images.Check(hash));

        File.Delete(images.Find(hash)!);
        Assert.Equal(ImageState.Missing, images.Check(hash));
        Assert.Equal(ImageState.Missing, images.Check("sha256:" + new string('0', 64)));
        Assert.Equal(ImageState.Missing, images.Check("not a hash"));
    }

    [Fact]
    public void A_file_can_be_kept_by_path_with_its_extension()
    {
        Directory.CreateDirectory(_folder.Path);
        var source = Path.Combine(_folder.Path, "bag1.jpg");
        File.WriteAllBytes(source, [0xFF, 0xD8, 0xFF, 0xE0]);
        var images = new ImageStore(_folder.Path);

        var hash = images.PutFile(source);

        Assert.EndsWith(".jpg", images.Find(hash), StringComparison.Ordinal);
    }

    [Fact]
    public void An_extension_that_is_not_a_plain_extension_is_refused()
    {
        var images = new ImageStore(_folder.Path);

        Assert.Throws<ArgumentException>(() => images.Put([1], "/../x"));
        Assert.Throws<ArgumentException>(() => images.Put([1], "png"));
    }
}
