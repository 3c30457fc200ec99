package lae.data;

/**
 * A set of n greyscale images of size height x width, flattened row by row into vectors of
 * dimension m = height * width, with one integer label per image.
 *
 * @param pixels n x m values, row-major: image i occupies {@code pixels[i*m .. i*m+m-1]}
 * @param labels n labels
 * @param height image height in pixels
 * @param width  image width in pixels
 * @param origin where the images came from (file and transformation), for the report
 */
public record LabelledImages(double[] pixels, int[] labels, int height, int width, String origin) {
    /** Checks that there are height x width pixels per label. */
    public LabelledImages {
        if (pixels.length != (long) labels.length * height * width) {
            throw new IllegalArgumentException(pixels.length + " pixels for " + labels.length + " images of "
                    + height + "x" + width);
        }
    }

    /** The number n of images. */
    public int count() {
        return labels.length;
    }

    /** The dimension m = height x width of an image vector. */
    public int dimension() {
        return height * width;
    }
}
