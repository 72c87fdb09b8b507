package example.host;

import java.io.IOException;
import okhttp3.ResponseBody;
import retrofit2.Call;
import retrofit2.Response;
import retrofit2.Retrofit;
import retrofit2.http.GET;
import retrofit2.http.Header;

/** The host's checks, and a Retrofit call over the OkHttp client that ocpi4j shares with the host. */
public final class RetrofitHost {
    /** The host's Retrofit API: here the CPO's versions list. */
    interface Versions {
        @GET("versions")
        Call<ResponseBody> versions(@Header("Authorization") String authorization);
    }

    public static void main(String[] args) throws IOException {
        try (Host host = Host.start()) {
            host.check(args.length > 0 ? args[0] : "");

            Retrofit retrofit = new Retrofit.Builder()
                    .baseUrl(host.versionsUrl().replaceFirst("versions$", ""))
                    .client(host.http)
                    .build();
            Response<ResponseBody> response =
                    retrofit.create(Versions.class).versions(host.authorization()).execute();
            String body = response.body() == null ? "" : response.body().string();
            Host.require(response.code() == 200 && body.contains("2.2.1"), "versions through Retrofit: " + body);
            System.out.println("retrofit ok");
        }
    }
}
