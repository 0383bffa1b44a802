# ch08_grid_relu.gp, written by redes. Redraw ch08_grid_relu.png from its data with: gnuplot ch08_grid_relu.gp
set encoding utf8
set terminal pngcairo size 800,560 enhanced font 'DejaVu Sans,11'
set output 'ch08_grid_relu.png'
set datafile separator ','
set title 'Hyperparameters: grid search, validation risk R̂_{val}, σ = relu'
set xlabel 'width N_ℓ of every hidden layer'
set ylabel 'hidden layers H'
set grid
unset key
set xrange [-0.5:4.5]
set yrange [-0.5:2.5]
set cblabel 'R̂_{val} (J = quadratic)' offset 1.5,0
set palette defined (0 '#440154', 0.25 '#3b528b', 0.5 '#21918c', 0.75 '#5ec962', 1 '#fde725')
set label '0.925' at 0,0 center front textcolor rgb 'black'
set label '0.706' at 1,0 center front textcolor rgb 'black'
set label '0.615' at 2,0 center front textcolor rgb 'black'
set label '0.431' at 3,0 center front textcolor rgb 'white'
set label '0.316' at 4,0 center front textcolor rgb 'white'
set label '0.892' at 0,1 center front textcolor rgb 'black'
set label '0.921' at 1,1 center front textcolor rgb 'black'
set label '0.775' at 2,1 center front textcolor rgb 'black'
set label '0.382' at 3,1 center front textcolor rgb 'white'
set label '0.289' at 4,1 center front textcolor rgb 'white'
set label '0.898' at 0,2 center front textcolor rgb 'black'
set label '0.770' at 1,2 center front textcolor rgb 'black'
set label '0.703' at 2,2 center front textcolor rgb 'black'
set label '0.329' at 3,2 center front textcolor rgb 'white'
set label '0.255' at 4,2 center front textcolor rgb 'white'
set xtics ('2' 0, '4' 1, '8' 2, '16' 3, '32' 4)
set ytics ('1 (L = 2)' 0, '2 (L = 3)' 1, '3 (L = 4)' 2)
unset grid
set cbrange [0.138963:0.924822]
plot 'ch08_grid_relu.csv' index 0 using 1:2:3 with image notitle
set output
