using System.Device.Gpio;

namespace Screening.Devices.Tests.CardReader;

public sealed class CardReaderTests
{
    [Theory]
    [InlineData(26, 212, 7041)]
    [InlineData(26, 0, 0)]
    [InlineData(26, 255, 65535)]
    [InlineData(34, 40_000, 12_345)]
    [InlineData(34, 65_535, 1)]
    public void A_valid_frame_on_the_lines_is_read_as_that_card(int bits, int facility, int card)
    {
        using var lane = new SimulatedLane();

        lane.Board.SendWiegand(lane.Data0Pin, lane.Data1Pin, bits == 26 ? Wiegand.Encode26(facility, card) : Wiegand.Encode34(facility, card));
        lane.Step();
        lane.Advance(lane.Options.CardReader!.FrameGap);

        var read = Assert.Single(lane.EventsOf<CardRead>());
        Assert.Equal((bits == 26 ? WiegandFormat.H10301 : WiegandFormat.Bits34, facility, card), (read.Format, read.FacilityCode, read.CardNumber));
        Assert.Empty(lane.EventsOf<CardReadRejected>());
    }

    [Fact]
    public void A_published_H10301_example_decodes_to_its_facility_and_card()
    {
        // Facility 0xD4, card 0x1B81: P 11010100 0001101110000001 P with even parity 1 and odd parity 0.
        var bits = "11101010000011011100000010".Select(c => c == '1').ToArray();

        var decoded = Wiegand.Decode(bits);

        Assert.Equal(new Wiegand.Decoded(WiegandFormat.H10301, 0xD4, 0x1B81, null), decoded);
        Assert.Equal(bits, Wiegand.Encode26(0xD4, 0x1B81));
    }

    [Theory]
    [InlineData(26, 0)]   // leading parity bit
    [InlineData(26, 5)]   // a facility bit
    [InlineData(26, 20)]  // a card bit
    [InlineData(34, 33)]  // trailing parity bit
    [InlineData(34, 17)]  // first card bit
    public void A_frame_with_one_bit_flipped_is_rejected_for_parity_never_read_as_another_card(int length, int flipped)
    {
        using var lane = new SimulatedLane();
        var bits = length == 26 ? Wiegand.Encode26(100, 5000) : Wiegand.Encode34(100, 5000);
        bits[flipped] = !bits[flipped];

        lane.Board.SendWiegand(lane.Data0Pin, lane.Data1Pin, bits);
        lane.Step();
        lane.Advance(lane.Options.CardReader!.FrameGap);

        Assert.Empty(lane.EventsOf<CardRead>());
        var rejected = Assert.Single(lane.EventsOf<CardReadRejected>());
        Assert.Equal((CardReadRejection.BadParity, length), (rejected.Reason, rejected.BitCount));
    }

    [Theory]
    [InlineData(1, CardReadRejection.ShortFrame)]
    [InlineData(25, CardReadRejection.ShortFrame)]
    [InlineData(30, CardReadRejection.UnknownLength)]
    [InlineData(35, CardReadRejection.UnknownLength)]
    [InlineData(80, CardReadRejection.UnknownLength)]
    public void A_frame_of_the_wrong_length_is_rejected(int length, CardReadRejection reason)
    {
        using var lane = new SimulatedLane();
        var bits = Enumerable.Range(0, length).Select(i => i % 3 == 0).ToArray();

        lane.Board.SendWiegand(lane.Data0Pin, lane.Data1Pin, bits);
        lane.Step();
        lane.Advance(lane.Options.CardReader!.FrameGap);

        Assert.Empty(lane.EventsOf<CardRead>());
        var rejected = Assert.Single(lane.EventsOf<CardReadRejected>());
        Assert.Equal((reason, length), (rejected.Reason, rejected.BitCount));
    }

    [Fact]
    public void A_card_cut_short_by_a_long_gap_is_two_rejected_frames_not_one_card()
    {
        using var lane = new SimulatedLane();
        var bits = Wiegand.Encode26(7, 4242);

        lane.Board.SendWiegand(lane.Data0Pin, lane.Data1Pin, bits[..10]);
        lane.Clock.Advance(TimeSpan.FromMilliseconds(40)); // the pump is late: the gap is judged by edge times
        lane.Board.SendWiegand(lane.Data0Pin, lane.Data1Pin, bits[10..]);
        lane.Step();
        lane.Advance(lane.Options.CardReader!.FrameGap);

        Assert.Empty(lane.EventsOf<CardRead>());
        Assert.Equal([10, 16], lane.EventsOf<CardReadRejected>().Select(r => r.BitCount));
    }

    [Fact]
    public void Both_data_lines_low_at_once_is_noise_and_the_frame_is_rejected()
    {
        using var lane = new SimulatedLane();
        var bits = Wiegand.Encode26(7, 4242);

        lane.Board.SendWiegand(lane.Data0Pin, lane.Data1Pin, bits[..12]);
        lane.Board.SetInput(lane.Data1Pin, PinValue.Low);
        lane.Board.SetInput(lane.Data0Pin, PinValue.Low);
        lane.Board.SetInput(lane.Data0Pin, PinValue.High);
        lane.Board.SetInput(lane.Data1Pin, PinValue.High);
        lane.Clock.Advance(TimeSpan.FromMilliseconds(2));
        lane.Board.SendWiegand(lane.Data0Pin, lane.Data1Pin, bits[12..24]);
        lane.Step();
        lane.Advance(lane.Options.CardReader!.FrameGap);

        Assert.Empty(lane.EventsOf<CardRead>());
        Assert.Equal(CardReadRejection.Noise, Assert.Single(lane.EventsOf<CardReadRejected>()).Reason);
    }

    [Fact]
    public void Two_cards_in_a_row_are_two_reads()
    {
        using var lane = new SimulatedLane();

        lane.Board.SendWiegand(lane.Data0Pin, lane.Data1Pin, Wiegand.Encode26(1, 100));
        lane.Step();
        lane.Advance(TimeSpan.FromMilliseconds(300));
        lane.Board.SendWiegand(lane.Data0Pin, lane.Data1Pin, Wiegand.Encode34(2, 200));
        lane.Step();
        lane.Advance(TimeSpan.FromMilliseconds(300));

        Assert.Equal([100, 200], lane.EventsOf<CardRead>().Select(r => r.CardNumber));
    }
}
