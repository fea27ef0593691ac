/** Time in Asia/Ho_Chi_Minh: the clock shared by the domain and the engine, and date formats. */
package vn.chidao.base.time;
