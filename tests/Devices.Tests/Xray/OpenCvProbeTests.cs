using OpenCvSharp;

namespace Screening.Devices.Tests.Xray;

public sealed class OpenCvProbeTests
{
    [Fact]
    public void OpenCv_native_library_loads_and_encodes_a_png()
    {
        using var mat = new Mat(4, 4, MatType.CV_8UC3, Scalar.All(255));
        Assert.True(Cv2.ImEncode(".png", mat, out var png));
        Assert.Equal(0x89, png[0]);
    }
}
